import type { SaeHttpTrigger, SaeTrigger } from '../../domain/sae-job';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** A list of strings; a lone string counts as a one-item list, anything else is dropped. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function httpTrigger(config: unknown): SaeHttpTrigger | null {
  // The doc's example nests an object; accept the same object sent as a JSON string too.
  let value = config;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (value === undefined || value === null) value = {};
  if (!isRecord(value)) return null;
  return {
    type: 'http',
    protocol: nonEmpty(value.type),
    methods: strings(value.method),
    ip: strings(value.ip),
    referer: strings(value.referer),
    securityConfig: nonEmpty(value.securityConfig),
  };
}

/**
 * Parses a template's TriggerConfig JSON string: `{"type":"time","config":"<cron>","timezone":"GMT+8:00"}`
 * or `{"type":"http","config":{...}}`. Anything else (absent, not JSON, an unknown type, a time
 * trigger without a cron) is null; the caller keeps the raw string beside it.
 */
export function parseSaeTriggerConfig(raw: string | null | undefined): SaeTrigger | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.type !== 'string') return null;
  switch (parsed.type.toLowerCase()) {
    case 'time': {
      const cron = nonEmpty(parsed.config);
      return cron === null ? null : { type: 'time', cron: cron.trim(), timezone: nonEmpty(parsed.timezone) };
    }
    case 'http':
      return httpTrigger(parsed.config);
    default:
      return null;
  }
}
