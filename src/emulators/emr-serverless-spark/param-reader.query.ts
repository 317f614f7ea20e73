// The query readers of one request and the shape checks for the JSON-string query params (tags,
// tag, states, startTime, endTime). The SDK sends those as one JSON value each; anything that is
// not the documented shape is rejected the same way bad JSON is, with a 400 InvalidParameter naming the param.
import { readAlibabaQuery, type AlibabaQuery } from '../alibaba/alibaba.query';
import type { EmulatorRequest } from '../shared/emulator-types';
import type { EmrRouteContext } from './emr-serverless-spark.context';

/** A `{key, value}` tag condition; an absent value matches any value of the key. */
export interface TagCondition {
  readonly key: string;
  readonly value?: string;
}

/** An inclusive epoch-ms range; either bound may be open. */
export interface TimeRange {
  readonly from?: number;
  readonly to?: number;
}

/** The query readers plus the 400 InvalidParameter error for a named param. */
export interface ParamReader {
  readonly query: AlibabaQuery;
  invalid(param: string): Error;
}

/** The query readers of one request, failing with 400 InvalidParameter. */
export function paramReader(ctx: EmrRouteContext, request: EmulatorRequest): ParamReader {
  return {
    query: readAlibabaQuery(ctx.gateway, request),
    invalid: (param) =>
      ctx.gateway.fail(request, 400, 'InvalidParameter', `The specified parameter "${param}" is invalid.`),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a JSON array of `{key, value}`; `undefined` when the param is absent or an empty array. */
export function readTagConditions(reader: ParamReader, name: string): TagCondition[] | undefined {
  const parsed = reader.query.json(name);
  if (parsed === undefined) return undefined;
  if (!Array.isArray(parsed)) throw reader.invalid(name);
  const conditions = parsed.map((item) => {
    if (!isRecord(item) || typeof item.key !== 'string' || item.key === '') throw reader.invalid(name);
    if (item.value !== undefined && item.value !== null && typeof item.value !== 'string')
      throw reader.invalid(name);
    return typeof item.value === 'string' && item.value !== ''
      ? { key: item.key, value: item.value }
      : { key: item.key };
  });
  return conditions.length > 0 ? conditions : undefined;
}

/** De-duplicated and sorted, so equal tag filters give equal normalized filters (and memo keys). */
export function canonicalTags(tags: readonly TagCondition[]): TagCondition[] {
  const byText = new Map(tags.map((tag) => [`${tag.key}\u0000${tag.value ?? ''}`, tag]));
  return [...byText].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, tag]) => tag);
}

/** Reads a JSON array of strings; `undefined` when absent or empty. */
export function readStringArray(reader: ParamReader, name: string): string[] | undefined {
  const parsed = reader.query.json(name);
  if (parsed === undefined) return undefined;
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) throw reader.invalid(name);
  return parsed.length > 0 ? (parsed as string[]) : undefined;
}

function epochMs(value: unknown, reader: ParamReader, param: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  // The SDK sends numbers; numeric strings are accepted too, as Java backends coerce them.
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) throw reader.invalid(param);
  return number;
}

/** Reads a `{startTime, endTime}` JSON object; `undefined` when absent or with no bound. */
export function readTimeRange(reader: ParamReader, name: string): TimeRange | undefined {
  const parsed = reader.query.json(name);
  if (parsed === undefined) return undefined;
  if (!isRecord(parsed)) throw reader.invalid(name);
  const from = epochMs(parsed.startTime, reader, name);
  const to = epochMs(parsed.endTime, reader, name);
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
