/**
 * Compiles a normalized filter into a query plan: the smallest index list that covers one exact-match
 * filter (the base), plus predicates for everything else.
 */
import type { PaiDirectory } from './directory.dataset';
import type { JobFilter, NumericField } from './job.filter';
import type { PaiJobRow } from './pai-dlc.model';
import type { PaiJobIndex } from './job.index';

/** One test on a row. */
export type RowPredicate = (row: PaiJobRow) => boolean;

/**
 * How to answer a filter: scan `base` (all rows when null) and keep rows passing every predicate.
 * The window is on creation time, the order of every position list, so it is cut from `base` by
 * binary search rather than tested here.
 */
export interface QueryPlan {
  readonly base: Int32Array | null;
  readonly residual: readonly RowPredicate[];
}

const EMPTY = new Int32Array(0);

const numericOf = (row: PaiJobRow, field: NumericField): number => ({ RequestGPU: row.requestGPU })[field];

const allTokens = (text: string, tokens: readonly string[]): boolean => {
  const haystack = text.toLowerCase();
  return tokens.every((token) => haystack.includes(token));
};

function textPredicates(filter: JobFilter, directory: PaiDirectory): RowPredicate[] {
  const out: RowPredicate[] = [];
  const { displayName } = filter;
  if (displayName !== undefined) out.push((row) => row.displayName.toLowerCase().includes(displayName));
  const { jobIdLike, usernameLike, quotaNameLike, descriptionLike } = filter;
  if (jobIdLike !== undefined) out.push((row) => row.jobId.toLowerCase().includes(jobIdLike));
  if (usernameLike !== undefined) {
    const users = new Set(
      directory.users.flatMap((u, i) => (u.username.toLowerCase().includes(usernameLike) ? [i] : [])),
    );
    out.push((row) => users.has(row.userIndex));
  }
  if (quotaNameLike !== undefined) {
    const quotas = new Set(
      directory.quotas.flatMap((q, i) =>
        q.resourceQuotaName.toLowerCase().includes(quotaNameLike) ? [i] : [],
      ),
    );
    out.push((row) => quotas.has(row.quotaIndex));
  }
  if (descriptionLike !== undefined)
    out.push((row) => row.description.toLowerCase().includes(descriptionLike));
  const { imageTokens, reasonTokens, commandTokens } = filter;
  if (imageTokens) out.push((row) => allTokens(row.image, imageTokens));
  if (reasonTokens) out.push((row) => allTokens(`${row.reasonCode} ${row.reasonMessage}`, reasonTokens));
  if (commandTokens) out.push((row) => allTokens(row.userCommand, commandTokens));
  return out;
}

function settingPredicates(filter: JobFilter): RowPredicate[] {
  const out: RowPredicate[] = [];
  const { jobIds, tags, accessibility, paymentType, pipelineId, businessUserId, caller, templateId } = filter;
  if (jobIds) {
    const wanted = new Set(jobIds);
    out.push((row) => wanted.has(row.jobId));
  }
  if (tags) out.push((row) => tags.every(([key, value]) => row.tags[key] === value));
  if (accessibility) out.push((row) => row.accessibility === accessibility);
  if (paymentType) out.push((row) => row.paymentType === paymentType);
  if (pipelineId !== undefined) out.push((row) => row.pipelineId === pipelineId);
  if (businessUserId !== undefined) out.push((row) => row.businessUserId === businessUserId);
  if (caller !== undefined) out.push((row) => row.caller === caller);
  if (templateId !== undefined) out.push((row) => row.templateId === templateId);
  const { oversold, enableAssignNode, numeric } = filter;
  if (oversold) {
    out.push(
      (row) =>
        row.oversoldType === oversold.type &&
        (oversold.use === undefined || row.useOversoldResource === oversold.use),
    );
  }
  if (enableAssignNode !== undefined) out.push((row) => row.enableAssignNode === enableAssignNode);
  if (numeric) {
    const { field, min = -Infinity, max = Infinity } = numeric;
    out.push((row) => numericOf(row, field) >= min && numericOf(row, field) <= max);
  }
  return out;
}

/** Plans a filter against the indexes. */
export function planQuery(filter: JobFilter, index: PaiJobIndex, directory: PaiDirectory): QueryPlan {
  const candidates: { list: Int32Array; predicate: RowPredicate }[] = [];
  const exact = <K>(
    value: K | undefined,
    lists: ReadonlyMap<K, Int32Array>,
    test: (row: PaiJobRow, v: K) => boolean,
  ) => {
    if (value !== undefined)
      candidates.push({ list: lists.get(value) ?? EMPTY, predicate: (row) => test(row, value) });
  };
  exact(filter.workspaceIndex, index.byWorkspace, (row, v) => row.workspaceIndex === v);
  exact(filter.userIndex, index.byUser, (row, v) => row.userIndex === v);
  exact(filter.status, index.byStatus, (row, v) => row.status === v);
  exact(filter.jobType, index.byJobType, (row, v) => row.jobType === v);
  const quotas = filter.quotaIndexes;
  const extra: RowPredicate[] = [];
  if (quotas !== undefined && quotas.length === 1)
    exact(quotas[0], index.byQuota, (row, v) => row.quotaIndex === v);
  else if (quotas !== undefined) {
    const set = new Set(quotas);
    extra.push((row) => set.has(row.quotaIndex));
  }
  candidates.sort((a, b) => a.list.length - b.list.length);
  const [chosen, ...others] = candidates;
  const residual = [
    ...others.map((c) => c.predicate),
    ...extra,
    ...textPredicates(filter, directory),
    ...settingPredicates(filter),
  ];
  return { base: chosen ? chosen.list : null, residual };
}
