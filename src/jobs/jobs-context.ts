import type { ConfiguredInstances } from '../domain/configured-instance';
import type { Tenant } from '../domain/tenant';
import type { Loaders } from '../loaders/create-loaders';
import type { CursorCodec } from '../pagination/cursor-codec';
import type { JobsSettings } from './jobs-settings';
import type { PageReadBudget } from './page-read-budget';

/**
 * What one `jobs` page needs of its request. The schema builds it from the GraphQL context, so this
 * layer stays below the schema (DESIGN §4.7) and sees only what it uses.
 */
export interface JobsContext {
  /** Whose request it is: every list is limited to what the tenant's grants allow. */
  readonly tenant: Tenant;
  /** The request's loaders: a list reads its upstream only through them. */
  readonly loaders: Loaders;
  /** The tenant's granted instances of each provider: the only ones listed. */
  readonly instances: ConfiguredInstances;
  /** Bound to the request's tenant: another tenant's cursor is refused. */
  readonly cursors: CursorCodec;
  /** Aborts when the request is over (deadline or client gone): lists still reading are cut. */
  readonly requestSignal: AbortSignal;
  readonly settings: JobsSettings;
}

/** What the lists of one `jobs` page share beyond the request: the page's read budget. */
export interface JobsPageContext extends JobsContext {
  readonly reads: PageReadBudget;
}
