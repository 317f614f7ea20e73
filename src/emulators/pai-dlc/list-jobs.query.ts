/**
 * Reads and validates ListJobs' query into a normalized filter, sort and page. Unknown params are
 * ignored as upstream does; malformed known ones are 400 InvalidParameter.
 */
import type { AlibabaQuery } from '../alibaba/alibaba.query';
import type { PaiDirectory } from './directory.dataset';
import {
  DISPLAY_NAME_SEARCH_MODES,
  NUMERIC_FIELDS,
  SORT_KEYS,
  type JobFilter,
  type SortKey,
} from './job.filter';
import { list, oneOf, optional, oversoldFilter, tags, time, tokens } from './param-reader.query';

/** PageSize when absent. The doc gives none; 50 is the doc's example value. */
export const DEFAULT_PAGE_SIZE = 50;
/** The documented default window: jobs created in the last seven days. */
export const DEFAULT_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** A validated ListJobs request. */
export interface ListJobsParams {
  readonly filter: JobFilter;
  readonly sortBy: SortKey;
  readonly order: 'asc' | 'desc';
  readonly pageNumber: number;
  readonly pageSize: number;
}

/** Who is calling and what "now" is, for ShowOwn and the default window. */
export interface ListJobsContext {
  readonly directory: PaiDirectory;
  readonly callerUserIndex: number;
  readonly nowMs: number;
  readonly invalid: (name: string) => Error;
  /**
   * The doc states no largest PageSize, so none is enforced unless the emulator was started with a
   * cap: then a larger PageSize is served silently as `pageSizeCap` items, PageNumber counting
   * pages of that size.
   */
  readonly pageSizeCap?: number;
}

function resolveUser(query: AlibabaQuery, context: ListJobsContext): number | undefined {
  const own = query.bool('ShowOwn') === true ? context.callerUserIndex : undefined;
  const userId = query.string('UserIdForFilter');
  const named =
    userId === undefined ? undefined : context.directory.users.findIndex((u) => u.userId === userId);
  if (own !== undefined && named !== undefined && own !== named) return -1;
  return own ?? named;
}

function resolveQuotas(query: AlibabaQuery, context: ListJobsContext): number[] | undefined {
  // ResourceId wins over ResourceIds, as JobId wins over JobIds.
  const single = query.string('ResourceId');
  const wanted = single === undefined ? list(query.string('ResourceIds')) : [single];
  if (wanted === undefined || wanted.length === 0) return undefined;
  return context.directory.quotas.flatMap((q, i) => (wanted.includes(q.resourceId) ? [i] : []));
}

/** Validates and normalizes one ListJobs query. */
export function readListJobsParams(query: AlibabaQuery, context: ListJobsContext): ListJobsParams {
  const pageNumber = query.int('PageNumber', { min: 1 }) ?? 1;
  const asked = query.int('PageSize', { min: 1 }) ?? DEFAULT_PAGE_SIZE;
  const pageSize = Math.min(asked, context.pageSizeCap ?? asked);
  const sortBy = oneOf(query.string('SortBy'), SORT_KEYS, 'SortBy', context.invalid) ?? 'GmtCreateTime';
  const order = oneOf(query.string('Order'), ['asc', 'desc'] as const, 'Order', context.invalid) ?? 'desc';
  // The documentation names no TimeRangeField value (only that the default is creation time), so
  // every value is one it does not list: InvalidParameter, like any other undocumented value.
  if (query.string('TimeRangeField') !== undefined) throw context.invalid('TimeRangeField');
  // Each bound has its own documented default: StartTime = now - 7 days, EndTime = now.
  const fromMs = time(query, 'StartTime', context.invalid) ?? context.nowMs - DEFAULT_WINDOW_MS;
  const toMs = time(query, 'EndTime', context.invalid) ?? context.nowMs;
  const showOwn = query.bool('ShowOwn');
  const fromAll = query.bool('FromAllWorkspaces');
  // The doc: FromAllWorkspaces "must be used together with ShowOwn=true".
  if (fromAll === true && showOwn !== true) throw context.invalid('FromAllWorkspaces');
  const workspaceId = fromAll === true ? undefined : query.string('WorkspaceId');
  // Checked even without DisplayName: a value the documentation does not list is refused either way.
  oneOf(
    query.string('DisplayNameSearchMode'),
    DISPLAY_NAME_SEARCH_MODES,
    'DisplayNameSearchMode',
    context.invalid,
  );
  const displayName = query.string('DisplayName');
  const numericField = oneOf(
    query.string('NumericRangeField'),
    NUMERIC_FIELDS,
    'NumericRangeField',
    context.invalid,
  );
  const min = query.int('NumericRangeMin');
  const max = query.int('NumericRangeMax');
  if ((min !== undefined || max !== undefined) && numericField === undefined)
    throw context.invalid('NumericRangeField');
  const oversold = oneOf(
    query.string('OversoldInfo'),
    [
      'ForbiddenQuotaOverSold',
      'ForceQuotaOverSold',
      'AcceptQuotaOverSold-true',
      'AcceptQuotaOverSold-false',
    ] as const,
    'OversoldInfo',
    context.invalid,
  );
  const jobId = query.string('JobId');
  const filter: JobFilter = {
    window: { fromMs, toMs },
    ...optional('displayName', displayName?.toLowerCase()),
    ...optional('jobType', query.string('JobType')),
    ...optional('status', query.string('Status')),
    ...optional(
      'workspaceIndex',
      workspaceId === undefined
        ? undefined
        : context.directory.workspaces.findIndex((w) => w.workspaceId === workspaceId),
    ),
    ...optional('userIndex', resolveUser(query, context)),
    ...optional('quotaIndexes', resolveQuotas(query, context)),
    ...optional('jobIdLike', jobId?.toLowerCase()),
    // The doc: "If both JobIds and JobId are specified, JobId takes precedence."
    ...optional('jobIds', jobId === undefined ? list(query.string('JobIds')) : undefined),
    ...optional('usernameLike', query.string('Username')?.toLowerCase()),
    ...optional('quotaNameLike', query.string('ResourceQuotaName')?.toLowerCase()),
    ...optional('tags', tags(query, context.invalid)),
    ...optional(
      'accessibility',
      oneOf(query.string('Accessibility'), ['PUBLIC', 'PRIVATE'] as const, 'Accessibility', context.invalid),
    ),
    ...optional(
      'paymentType',
      oneOf(
        query.string('PaymentType'),
        ['PrePaid', 'Spot', 'PostPaid'] as const,
        'PaymentType',
        context.invalid,
      ),
    ),
    ...optional('pipelineId', query.string('PipelineId')),
    ...optional('businessUserId', query.string('BusinessUserId')),
    ...optional('caller', query.string('Caller')),
    ...optional('templateId', query.string('TemplateId')),
    ...optional('descriptionLike', query.string('Description')?.toLowerCase()),
    ...optional('oversold', oversold === undefined ? undefined : oversoldFilter(oversold)),
    ...optional('enableAssignNode', query.bool('EnableAssignNode')),
    ...optional(
      'numeric',
      numericField === undefined
        ? undefined
        : { field: numericField, ...optional('min', min), ...optional('max', max) },
    ),
    ...optional('imageTokens', tokens(query.string('ImageSearch'))),
    ...optional('reasonTokens', tokens(query.string('ReasonSearch'))),
    ...optional('commandTokens', tokens(query.string('UserCommandSearch'))),
  };
  return { filter, sortBy, order, pageNumber, pageSize };
}
