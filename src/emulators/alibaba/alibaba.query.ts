import type { EmulatorRequest } from '../shared/emulator-types';
import type { AlibabaGateway } from './alibaba.gateway';

/** Typed readers over one request's decoded query; bad values become the gateway's 400 errors. */
export interface AlibabaQuery {
  /** The value, or undefined when absent or empty (the official SDKs never send empty filters). */
  string(name: string): string | undefined;
  /** The value; absent or empty → 400 MissingParameter. */
  requiredString(name: string): string;
  /** An integer within the range; anything else → 400 InvalidParameter. */
  int(name: string, range?: { min?: number; max?: number }): number | undefined;
  /** `true` or `false` (any case); anything else → 400 InvalidParameter. */
  bool(name: string): boolean | undefined;
  /** The parsed JSON of a param the SDK JSON-encodes (arrays, objects); bad JSON → 400 InvalidParameter. */
  json(name: string): unknown;
}

/** Creates the readers for one request. */
export function readAlibabaQuery(gateway: AlibabaGateway, request: EmulatorRequest): AlibabaQuery {
  const invalid = (name: string) =>
    gateway.fail(request, 400, 'InvalidParameter', `The specified parameter "${name}" is invalid.`);
  const string = (name: string): string | undefined => {
    const value = request.query[name];
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    string,
    requiredString(name) {
      const value = string(name);
      if (value === undefined) {
        throw gateway.fail(
          request,
          400,
          'MissingParameter',
          `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
        );
      }
      return value;
    },
    int(name, range = {}) {
      const value = string(name);
      if (value === undefined) return undefined;
      if (!/^-?\d+$/.test(value.trim())) throw invalid(name);
      const number = Number(value);
      if (!Number.isSafeInteger(number)) throw invalid(name);
      if (range.min !== undefined && number < range.min) throw invalid(name);
      if (range.max !== undefined && number > range.max) throw invalid(name);
      return number;
    },
    bool(name) {
      const value = string(name)?.toLowerCase();
      if (value === undefined) return undefined;
      if (value !== 'true' && value !== 'false') throw invalid(name);
      return value === 'true';
    },
    json(name) {
      const value = string(name);
      if (value === undefined) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        throw invalid(name);
      }
    },
  };
}
