import { BadUserInputError } from '../../errors/bad-user-input.error';

/** One Alibaba ROA operation, as the generated product SDKs describe it (specs/alibaba/roa-routes.json). */
export interface AlibabaOperation {
  readonly action: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `{Name}` placeholders, e.g. `/api/v1/workspaces/{workspaceId}/jobRuns`. */
  readonly pathTemplate: string;
  /** Only reads are retried. */
  readonly idempotent: boolean;
}

/** A product's API version and regional endpoint pattern. */
export interface AlibabaProductSpec {
  /** Name used in errors and metrics, e.g. `EMR_SERVERLESS_SPARK`. */
  readonly provider: string;
  readonly version: string;
  /** Endpoint with `{regionId}`, e.g. `emr-serverless-spark.{regionId}.aliyuncs.com`. */
  readonly endpointTemplate: string;
}

/**
 * Fills the path template, percent-encoding every value the way the SDKs' `$dara.URL.percentEncode`
 * does, so an id such as `../x` or `a%2Fb` stays one path segment and can never change the route.
 */
export function buildPathname(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new BadUserInputError(`An empty ${name} is not a valid id.`, { argument: name });
    // `.` and `..` would be dot-segments that servers and proxies resolve; %2E keeps them literal.
    if (value === '.' || value === '..') return value.replace(/\./g, '%2E');
    return encodeURIComponent(value).replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  });
}
