import type { AlibabaGateway } from '../alibaba/alibaba.gateway';
import type { EmulatorRequest } from '../shared/emulator-types';
import type { ListOrder } from '../shared/list-order';
import type { LruCache } from '../shared/lru-cache';
import type { SaeTemplateIndex } from './job-template.index';
import type { SaeFieldValueMode } from './list-jobs.query';
import type { SaeTemplateRow } from './sae.model';

/** What the SAE routes share: the gateway for errors, the indexes and the per-query memos. */
export interface SaeRouteContext {
  readonly gateway: AlibabaGateway;
  readonly index: SaeTemplateIndex;
  /** How ListJobs reads an appIds FieldValue. */
  readonly fieldValue: SaeFieldValueMode;
  /** Filtered template listings, keyed by normalized criteria. */
  readonly listMemo: LruCache<Int32Array>;
  /** History positions of one template in one state, keyed by `AppId:State`. */
  readonly historyMemo: LruCache<Int32Array>;
  /** JobId → history position, per template. */
  readonly jobIdMemo: LruCache<ReadonlyMap<string, number>>;
  /** DescribeJobHistory's order (the documentation states none), and the seed a shuffle draws from. */
  readonly historyOrder: ListOrder;
  readonly seed: string;
}

/** The template with this AppId, or the documented 404 InvalidAppId.NotFound. */
export function templateOrNotFound(
  context: SaeRouteContext,
  request: EmulatorRequest,
  appId: string,
): SaeTemplateRow {
  const position = context.index.byAppId.get(appId);
  const row = position === undefined ? undefined : context.index.dataset.templates[position];
  if (!row)
    throw context.gateway.fail(request, 404, 'InvalidAppId.NotFound', 'The specified AppId does not exist.');
  return row;
}
