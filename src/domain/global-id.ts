/** Every type that implements Node, with the number of provider keys its global id carries. */
export const NODE_KEY_COUNTS = {
  Workspace: 1, // workspaceId
  JobRun: 2, // workspaceId, jobRunId
  PaiJob: 1, // jobId
  Pod: 3, // jobId, podId, podUid ('' when absent): history entries share a PodId
  SaeJobTemplate: 1, // appId
  SaeJobExecution: 2, // appId, jobId
  GravitinoJob: 2, // metalake, jobId
  GravitinoJobTemplate: 2, // metalake, name
  GravitinoMetalake: 1, // name (unique on its server)
} as const;

/** A Node type name. */
export type NodeType = keyof typeof NODE_KEY_COUNTS;

/** What a global id says: the type, the provider instance, and the provider's own keys. */
export interface GlobalIdParts {
  readonly type: NodeType;
  readonly instanceId: string;
  readonly keys: readonly string[];
}

const VERSION = 'g1';

/**
 * Makes an opaque global id (Relay Global Object Identification): enough to refetch the object
 * from nothing else. Base64url of a small JSON array, so any key (with `:` or `/`) round-trips.
 */
export function toGlobalId(type: NodeType, instanceId: string, keys: readonly string[]): string {
  return Buffer.from(JSON.stringify([VERSION, type, instanceId, ...keys])).toString('base64url');
}

/** Reads a global id; undefined when it is not one of ours (the caller reports BAD_USER_INPUT). */
export function fromGlobalId(id: string): GlobalIdParts | undefined {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(id)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== VERSION || !parsed.every((part) => typeof part === 'string'))
    return undefined;
  const [, type, instanceId, ...keys] = parsed as string[];
  if (
    type === undefined ||
    instanceId === undefined ||
    !Object.prototype.hasOwnProperty.call(NODE_KEY_COUNTS, type)
  )
    return undefined;
  if (keys.length !== NODE_KEY_COUNTS[type as NodeType]) return undefined;
  return { type: type as NodeType, instanceId, keys };
}
