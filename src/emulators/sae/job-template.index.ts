import { executionInstances } from './instance-count.materialize';
import type { SaeDataset, SaeTemplateRow } from './sae.model';

/** Listing orders: the default (newest created first) and the two documented OrderBy values. */
export type SaeTemplateOrder = 'default' | 'running' | 'instances';

/** A precomputed ordering of all templates (positions into `dataset.templates`) and its inverse. */
export interface SaeOrdering {
  readonly positions: Int32Array;
  /** rank[position] = index of that template in `positions`. */
  readonly rank: Int32Array;
}

/** Lookup structures over a dataset, built once so each request costs O(page). */
export interface SaeTemplateIndex {
  readonly dataset: SaeDataset;
  /** AppId → position in `dataset.templates`. */
  readonly byAppId: ReadonlyMap<string, number>;
  readonly namespaceIds: ReadonlySet<string>;
  /** Positions of each namespace's templates, in default order. */
  readonly byNamespace: ReadonlyMap<string, Int32Array>;
  ordering(order: SaeTemplateOrder, ascending: boolean): SaeOrdering;
}

function buildOrdering(count: number, key: (position: number) => number, ascending: boolean): SaeOrdering {
  const positions = Int32Array.from({ length: count }, (_, i) => i);
  // Ties keep the default order in both directions, so pages stay stable whatever the direction.
  positions.sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)) || a - b);
  const rank = new Int32Array(count);
  positions.forEach((position, index) => {
    rank[position] = index;
  });
  return { positions, rank };
}

/** Builds the indexes for a dataset. */
export function buildSaeTemplateIndex(dataset: SaeDataset): SaeTemplateIndex {
  const templates = dataset.templates;
  const count = templates.length;
  const running = Int32Array.from(templates, (row: SaeTemplateRow) => executionInstances(row, 0).Active);
  const replicas = Int32Array.from(templates, (row: SaeTemplateRow) => row.replicas);
  const defaultOrdering = buildOrdering(count, () => 0, true);
  const orderings = new Map<string, SaeOrdering>([
    ['default:true', defaultOrdering],
    ['default:false', defaultOrdering],
    ['running:true', buildOrdering(count, (p) => running[p] ?? 0, true)],
    ['running:false', buildOrdering(count, (p) => running[p] ?? 0, false)],
    ['instances:true', buildOrdering(count, (p) => replicas[p] ?? 0, true)],
    ['instances:false', buildOrdering(count, (p) => replicas[p] ?? 0, false)],
  ]);
  const grouped = new Map<string, number[]>(dataset.namespaces.map((ns) => [ns.namespaceId, []]));
  templates.forEach((row, position) => grouped.get(row.namespaceId)?.push(position));
  return {
    dataset,
    byAppId: new Map(templates.map((row, position) => [row.appId, position])),
    namespaceIds: new Set(grouped.keys()),
    byNamespace: new Map([...grouped].map(([id, positions]) => [id, Int32Array.from(positions)])),
    ordering(order, ascending) {
      return orderings.get(`${order}:${String(ascending)}`) ?? defaultOrdering;
    },
  };
}
