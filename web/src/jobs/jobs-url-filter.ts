// The Jobs page's filters live in the URL (?provider=&status=&window=), so a filtered list can be
// shared and reloaded; this file turns them into the `filter` argument of Query.jobs and back.

/** The providers the filter offers, in the schema's `Provider` spelling. */
export const PROVIDERS = ['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO'] as const;
/** The normalized statuses the filter offers (`JobStatus`). */
export const STATUSES = [
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'UNKNOWN',
] as const;
/** The time windows the filter offers, newest jobs created within the last ... */
export const WINDOWS = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 604_800_000,
  '30d': 2_592_000_000,
} as const;

/** One of PROVIDERS. */
export type ProviderName = (typeof PROVIDERS)[number];
/** One of STATUSES. */
export type StatusName = (typeof STATUSES)[number];
/** One of the WINDOWS' keys. */
export type WindowName = keyof typeof WINDOWS;

/** What the URL asks for; an absent or unknown value means "any". */
export interface JobsUrlFilter {
  readonly provider?: ProviderName;
  readonly status?: StatusName;
  readonly window?: WindowName;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((known) => known === value);
}

/** Reads the filters from a query string; values the app does not know are ignored. */
export function readJobsUrlFilter(search: URLSearchParams): JobsUrlFilter {
  const provider = oneOf(PROVIDERS, search.get('provider'));
  const status = oneOf(STATUSES, search.get('status'));
  const window = oneOf(Object.keys(WINDOWS) as WindowName[], search.get('window'));
  return { ...(provider && { provider }), ...(status && { status }), ...(window && { window }) };
}

/** The query string of `filter`, starting with `?` when not empty. */
export function jobsUrlSearch(filter: JobsUrlFilter): string {
  const search = new URLSearchParams();
  if (filter.provider) search.set('provider', filter.provider);
  if (filter.status) search.set('status', filter.status);
  if (filter.window) search.set('window', filter.window);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Query.jobs's `filter` for the URL's filters; `now` fixes the window's start (rounded to the minute). */
export function jobsQueryFilter(filter: JobsUrlFilter, now: number) {
  const minute = Math.floor(now / 60_000) * 60_000;
  return {
    ...(filter.provider && { providers: [filter.provider] }),
    ...(filter.status && { statuses: [filter.status] }),
    ...(filter.window && { createdAfter: new Date(minute - WINDOWS[filter.window]).toISOString() }),
  };
}
