import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { SaeFieldFilter, SaeJobTemplateFilter } from '../../domain/sae-job-filter';
import { isSaeJobState } from '../../domain/sae-job-status';
import type { ListJobsRequest } from './sae.dto';

/** The template an execution belongs to, as far as the caller knows it. */
export interface SaeTemplateRef {
  readonly appId: string;
  /** The template's AppName; it becomes the execution's `name`. */
  readonly appName?: string | null;
}

/** SAE's page-number paging: 1-based CurrentPage and a PageSize. */
export interface SaePageRequest {
  readonly currentPage: number;
  readonly pageSize: number;
}

/** Refuses pages the upstream would refuse, before spending a call on them. */
export function checkSaePage(page: SaePageRequest, maxPageSize: number): void {
  if (!Number.isSafeInteger(page.currentPage) || page.currentPage < 1) {
    throw new BadUserInputError('currentPage must be an integer of at least 1.', { argument: 'currentPage' });
  }
  if (!Number.isSafeInteger(page.pageSize) || page.pageSize < 0 || page.pageSize > maxPageSize) {
    throw new BadUserInputError(`pageSize must be an integer from 0 to ${maxPageSize}.`, {
      argument: 'pageSize',
    });
  }
}

/** Checks a State filter value that came from outside. */
export function checkSaeState(state: string | undefined): void {
  if (state !== undefined && !isSaeJobState(state)) {
    throw new BadUserInputError('state must be one of "0", "1", "2", "3".', { argument: 'state' });
  }
}

/**
 * Whether an AppId can travel in FieldValue: not blank, and no comma, which a server that takes
 * comma-joined ids would split (AppIds are UUIDs, so a comma means the id is not one).
 */
export function isListableAppId(appId: string): boolean {
  return appId.trim() !== '' && !appId.includes(',');
}

/**
 * The ListJobs filters a lookup by AppId carries besides the ids: an appIds listing's other
 * filters, a tenant's namespace. Each call of the lookup pushes them down.
 */
export type SaeLookupScope = Pick<SaeJobTemplateFilter, 'appName' | 'namespaceId' | 'tags'>;

/** The scope of an appIds listing: its filters other than the ids and the order. */
export function lookupScopeOf(filter: SaeJobTemplateFilter): SaeLookupScope {
  const { appName, namespaceId, tags } = filter;
  return {
    ...(appName !== undefined ? { appName } : {}),
    ...(namespaceId !== undefined ? { namespaceId } : {}),
    ...(tags !== undefined ? { tags } : {}),
  };
}

/** Refuses AppIds that cannot travel in FieldValue (isListableAppId), before any call. */
export function checkListableAppIds(appIds: readonly string[]): void {
  if (appIds.some((id) => !isListableAppId(id))) {
    throw new BadUserInputError('AppIds must be non-empty and contain no commas.', { argument: 'field' });
  }
}

function fieldQuery(field: SaeFieldFilter): Pick<ListJobsRequest, 'FieldType' | 'FieldValue'> {
  if (field.type === 'appName') return { FieldType: 'appName', FieldValue: field.value };
  checkListableAppIds(field.value);
  // Several ids only when batching (SaeInstanceConfig.batchAppIdLookups): SAE documents one value.
  return { FieldType: 'appIds', FieldValue: field.value.join(',') };
}

/** Builds the ListJobs query; Tags become the JSON string the SDK passes through as-is. */
export function toListJobsRequest(filter: SaeJobTemplateFilter, page: SaePageRequest): ListJobsRequest {
  const tags = filter.tags?.map((tag) =>
    tag.value === undefined ? { key: tag.key } : { key: tag.key, value: tag.value },
  );
  return {
    ...(filter.appName !== undefined ? { AppName: filter.appName } : {}),
    CurrentPage: page.currentPage,
    ...(filter.field ? fieldQuery(filter.field) : {}),
    ...(filter.namespaceId !== undefined ? { NamespaceId: filter.namespaceId } : {}),
    ...(filter.orderBy !== undefined ? { OrderBy: filter.orderBy } : {}),
    PageSize: page.pageSize,
    ...(filter.ascending !== undefined ? { Reverse: filter.ascending } : {}),
    ...(tags && tags.length > 0 ? { Tags: JSON.stringify(tags) } : {}),
  };
}
