import type { SaeJobTemplate } from '../../domain/sae-job';
import { SAE_LIST_JOBS_MAX_PAGE_SIZE } from '../../domain/upstream-page-limits';
import type { LogSink } from '../../errors/log-sink';
import { UpstreamError } from '../../errors/upstream.error';
import { currentRequestScope } from '../../request/request-scope';

/** One slot of a lookup: the template, null when no template has the id, or the error of its call. */
export type SaeJobTemplateLookup = SaeJobTemplate | null | UpstreamError;

/** One ListJobs (FieldType=appIds) for these ids: the templates it answered, in any order. */
export type ListTemplatesByIds = (ids: readonly string[]) => Promise<readonly SaeJobTemplate[]>;

/** How one instance looks templates up. */
export interface SaeLookupPlan {
  readonly instanceId: string;
  /** Several ids in one FieldValue (SaeInstanceConfig.batchAppIdLookups), or one call per id. */
  readonly batch: boolean;
  readonly log: LogSink;
}

/** The ids of one batched call: ListJobs pages hold at most 200 templates. */
const BATCH_SIZE = SAE_LIST_JOBS_MAX_PAGE_SIZE;

/**
 * One-id calls of one lookup in flight at a time: half the default per-instance limit
 * (`maxConcurrent` 16), so a long id list queues here rather than filling the instance's queue
 * and leaves room for the request's other reads.
 */
const PER_ID_CONCURRENCY = 8;

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Looks up distinct AppIds on one instance. One call per id is what the documentation supports
 * (FieldValue is one value). Batched, a call carries up to 200 ids joined by commas, and any id its
 * answer lacks is looked up alone: a server reading FieldValue as one value answers a joined value
 * with nothing (or NOT_FOUND), and an id may also simply not exist, which its own call settles. A
 * one-id call is final either way: no template, or NOT_FOUND (InvalidAppId.NotFound, or the
 * scope's namespace is not on this instance), is null; another failure fills only that id's slot.
 */
export async function lookUpSaeTemplates(
  ids: readonly string[],
  listByIds: ListTemplatesByIds,
  plan: SaeLookupPlan,
): Promise<Map<string, SaeJobTemplateLookup>> {
  const requestId = currentRequestScope()?.requestId ?? '-';
  const found = new Map<string, SaeJobTemplateLookup>();
  const settle = (chunk: readonly string[], error: unknown) => {
    if (!(error instanceof UpstreamError)) throw error;
    for (const id of chunk) found.set(id, error.code === 'NOT_FOUND' ? null : error);
  };
  const alone = async (id: string) => {
    try {
      found.set(id, (await listByIds([id])).find((template) => template.appId === id) ?? null);
    } catch (error) {
      settle([id], error);
    }
  };
  if (!plan.batch) {
    await eachBounded(ids, PER_ID_CONCURRENCY, alone);
    return found;
  }
  const missing: string[] = [];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH_SIZE) chunks.push(ids.slice(i, i + BATCH_SIZE));
  await Promise.all(
    chunks.map(async (chunk) => {
      if (chunk.length === 1) return alone(chunk[0] as string);
      try {
        const answered = new Map((await listByIds(chunk)).map((template) => [template.appId, template]));
        for (const id of chunk) {
          const template = answered.get(id);
          if (template) found.set(id, template);
          else missing.push(id);
        }
      } catch (error) {
        // NOT_FOUND for a joined value says nothing about any one id: each call settles its own.
        if (error instanceof UpstreamError && error.code === 'NOT_FOUND') missing.push(...chunk);
        else settle(chunk, error);
      }
    }),
  );
  if (missing.length > 0) {
    plan.log(
      `SAE ListJobs (FieldType=appIds, ${ids.length} ids batched) lacked ${missing.length} of them; ` +
        `looking those up one id per call instance=${plan.instanceId} request=${requestId}`,
      'debug',
    );
    await eachBounded(missing, PER_ID_CONCURRENCY, alone);
  }
  return found;
}
