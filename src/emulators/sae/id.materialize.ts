import { createPrng, type Prng } from '../shared/prng';
import { SaeExecutionKind, type SaeTemplateRow } from './sae.model';

/** A version-4-shaped UUID (lower-case, as SAE AppIds are) drawn from the generator. */
export function drawUuid(prng: Prng): string {
  const hex = prng.hex(32);
  const variant = '89ab'[prng.int(0, 3)] ?? '8';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The serial number of the execution at a history position (0 = oldest); stable for its lifetime. */
export function executionSerial(row: SaeTemplateRow, position: number): number {
  return row.history.count - 1 - position;
}

/**
 * The JobId of the execution at a history position. Cron runs are named the way the Kubernetes
 * CronJob under SAE names its Jobs (`<name>-<scheduled epoch minutes>`); ExecJob runs are
 * `manual-<uuid>` and HTTP-triggered runs `event-<uuid>`, as in the SDK examples.
 */
export function executionJobId(row: SaeTemplateRow, position: number): string {
  const kind = row.history.kinds[position];
  if (kind === SaeExecutionKind.Cron) {
    return `${row.appName}-${Math.floor((row.history.startTimes[position] ?? 0) / 60)}`;
  }
  const uuid = drawUuid(createPrng(`${row.appId}/execution/${executionSerial(row, position)}`));
  return kind === SaeExecutionKind.Event ? `event-${uuid}` : `manual-${uuid}`;
}

/** A trace id in the shape SAE returns (30 hex characters), derived from the request id. */
export function traceIdFor(requestId: string): string {
  return createPrng(`trace/${requestId}`).hex(30);
}
