import type { AlibabaGateway } from '../alibaba/alibaba.gateway';
import type { EmulatorRequest } from '../shared/emulator-types';

/**
 * Query readers that fail with SAE's own codes (the SAE error-code table), not the generic POP
 * ones: a missing required value is `InvalidParameter.NotEmpty`, a bad one `InvalidParameter.Obviously`.
 */
export interface SaeParams {
  /** The value, or undefined when absent or empty. */
  string(name: string): string | undefined;
  /** The value; absent or empty → 400 InvalidParameter.NotEmpty. */
  required(name: string): string;
  /** An integer in [min, max] (default when absent); anything else → 400 InvalidParameter.Obviously. */
  int(name: string, range: { min: number; max: number; fallback: number }): number;
  /** `true`/`false` in any case (default when absent); anything else → 400 InvalidParameter.Obviously. */
  bool(name: string, fallback: boolean): boolean;
  /** One of the allowed values; anything else → 400 InvalidParameter.Obviously. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  /** The error to throw for a bad value of `name`, with a short reason. */
  invalid(name: string, reason: string): Error;
}

/** Echoes a bad value in messages, cut short so a huge query value cannot bloat the error. */
const quote = (value: string): string =>
  JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}...` : value);

/** Creates the readers for one request. */
export function readSaeParams(gateway: AlibabaGateway, request: EmulatorRequest): SaeParams {
  const invalid = (name: string, reason: string): Error =>
    gateway.fail(
      request,
      400,
      'InvalidParameter.Obviously',
      `The specified parameter is invalid {${name}: ${reason}}.`,
    );
  const string = (name: string): string | undefined => {
    const value = request.query[name];
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    string,
    invalid,
    required(name) {
      const value = string(name)?.trim();
      if (!value)
        throw gateway.fail(
          request,
          400,
          'InvalidParameter.NotEmpty',
          `You must specify the parameter ${name}.`,
        );
      return value;
    },
    int(name, { min, max, fallback }) {
      const value = string(name)?.trim();
      if (value === undefined) return fallback;
      const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(number) || number < min || number > max) {
        throw invalid(name, `must be an integer from ${min} to ${max}, got ${quote(value)}`);
      }
      return number;
    },
    bool(name, fallback) {
      const value = string(name)?.trim().toLowerCase();
      if (value === undefined) return fallback;
      if (value !== 'true' && value !== 'false')
        throw invalid(name, `must be true or false, got ${quote(value)}`);
      return value === 'true';
    },
    oneOf(name, allowed) {
      const value = string(name)?.trim();
      if (value === undefined) return undefined;
      const found = allowed.find((candidate) => candidate === value);
      if (found === undefined)
        throw invalid(name, `must be one of ${allowed.join(', ')}, got ${quote(value)}`);
      return found;
    },
  };
}
