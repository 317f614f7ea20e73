import type { EmulatorResponse } from './emulator-types';
import type { FaultQueue } from './fault-queue';
import { FaultSpecError, parseFaultSpec } from './fault-spec';
import type { RequestLog } from './request-log';

/** Path prefix of the test hooks; outside every provider API and never signed. */
export const HOOK_PREFIX = '/_emulator/';

/**
 * Answers the test hooks:
 * - `GET requests` (optionally `?operation=X`), `DELETE requests`;
 * - `POST faults` with one fault or an array of them, `GET faults`, `DELETE faults`.
 */
export function handleHook(
  method: string,
  rawPath: string,
  query: Readonly<Record<string, string>>,
  body: Buffer,
  log: RequestLog,
  faults: FaultQueue,
): EmulatorResponse {
  const hook = `${method} ${rawPath.slice(HOOK_PREFIX.length)}`;
  switch (hook) {
    case 'GET requests': {
      const requests = log.list().filter((entry) => !query.operation || entry.operation === query.operation);
      return { status: 200, body: { requests } };
    }
    case 'DELETE requests':
      log.clear();
      return { status: 200, body: { cleared: true } };
    case 'GET faults':
      return { status: 200, body: { faults: faults.pending() } };
    case 'DELETE faults':
      faults.clear();
      return { status: 200, body: { cleared: true } };
    case 'POST faults':
      return queueFaults(body, faults);
    default:
      return { status: 404, body: { error: `unknown emulator hook: ${hook}` } };
  }
}

function queueFaults(body: Buffer, faults: FaultQueue): EmulatorResponse {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const specs = (Array.isArray(parsed) ? parsed : [parsed]).map(parseFaultSpec);
    specs.forEach((spec) => faults.add(spec));
    return { status: 201, body: { queued: specs } };
  } catch (error) {
    const message = error instanceof FaultSpecError ? error.message : 'the body must be JSON';
    return { status: 400, body: { error: message } };
  }
}
