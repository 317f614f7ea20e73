import type { FaultSpec, QueuedFault } from './emulator-types';

/** Thrown when a `POST /_emulator/faults` body is not a valid fault. */
export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError';
}

function positiveInt(value: unknown, field: string, { allowZero = false } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new FaultSpecError(`"${field}" must be an integer ${allowZero ? '>= 0' : '>= 1'}`);
  }
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '')
    throw new FaultSpecError(`"${field}" must be a non-empty string`);
  return value;
}

/** `fields` of a status fault: an object of strings or string arrays. */
function bodyFields(value: unknown): Record<string, string | string[]> {
  const isText = (item: unknown): item is string => typeof item === 'string';
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new FaultSpecError('"fields" must be an object');
  const fields: Record<string, string | string[]> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isText(item) || (Array.isArray(item) && item.every(isText))) fields[key] = item;
    else throw new FaultSpecError(`"fields.${key}" must be a string or an array of strings`);
  }
  return fields;
}

function parseKind(body: Record<string, unknown>): FaultSpec {
  switch (body.kind) {
    case 'status': {
      const status = positiveInt(body.status, 'status');
      if (status < 400 || status > 599) throw new FaultSpecError('"status" must be 400..599');
      const fields = body.fields === undefined ? undefined : bodyFields(body.fields);
      return {
        kind: 'status',
        status,
        code: text(body.code, 'code'),
        message: text(body.message, 'message'),
        ...(fields ? { fields } : {}),
      };
    }
    case 'throttle':
      return {
        kind: 'throttle',
        retryAfterMs: positiveInt(body.retryAfterMs ?? 1000, 'retryAfterMs', { allowZero: true }),
      };
    case 'delay':
      return { kind: 'delay', ms: positiveInt(body.ms, 'ms', { allowZero: true }) };
    case 'slowBody':
      return { kind: 'slowBody', bytesPerSecond: positiveInt(body.bytesPerSecond, 'bytesPerSecond') };
    case 'malformed':
    case 'truncate':
    case 'reset':
      return { kind: body.kind };
    default:
      throw new FaultSpecError(
        '"kind" must be one of status, throttle, delay, malformed, truncate, reset, slowBody',
      );
  }
}

/** Validates one fault as posted to the hook: `{operation?, times, kind, ...kind fields}`. */
export function parseFaultSpec(body: unknown): QueuedFault {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new FaultSpecError('a fault must be a JSON object');
  }
  const record = body as Record<string, unknown>;
  const times = positiveInt(record.times ?? 1, 'times');
  const operation = record.operation === undefined ? undefined : text(record.operation, 'operation');
  return { ...parseKind(record), times, ...(operation ? { operation } : {}) };
}
