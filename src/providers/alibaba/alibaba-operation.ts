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
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value).replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  });
}
