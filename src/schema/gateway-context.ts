import type { GraphQLError } from 'graphql';
import type { Tenant } from '../domain/tenant';
import type { JobsSettings } from '../jobs/jobs-settings';
import type { Loaders } from '../loaders/create-loaders';
import type { CursorCodec } from '../pagination/cursor-codec';
import type { RequestScope } from '../request/request-scope';
import type { RequestInstances } from './common/request-instances';

/** What a request's cost analysis estimated before execution (null until it has run). */
export interface RequestCost {
  requestedObjects: number | null;
  requestedUpstreamCalls: number | null;
}

/** What every resolver receives: per-request loaders, the request's instances, the cursor codec. */
export interface GatewayContext {
  readonly requestId: string;
  /** Who the request acts for and what it may read; every object reached is checked against it. */
  readonly tenant: Tenant;
  /** Deadline and cancellation of this request, plus its upstream call count (also reachable below the loaders). */
  readonly scope: RequestScope;
  /** Created fresh for this request (DESIGN §4.6): batching and dedupe never cross requests. */
  readonly loaders: Loaders;
  /**
   * The instances this request may read: the tenant's granted view of the config (see
   * grantedProviders). Listings select, id lookups check and objects find their region through it.
   */
  readonly instances: RequestInstances;
  /** Bound to this request's tenant: another tenant's cursor is refused. */
  readonly cursors: CursorCodec;
  /**
   * Errors of fields that still returned data (a merged list missing a failed source). The
   * partial-errors plugin appends them to the response's `errors`.
   */
  readonly partialErrors: GraphQLError[];
  /** How `Query.jobs` fans out: sources read at once, and the page deadline after which they are cut. */
  readonly jobs: JobsSettings;
  /** Filled by the cost analysis before execution; reported in `extensions.cost`. */
  readonly cost: RequestCost;
}
