import type {
  EmulatorDataOptions,
  EmulatorRequest,
  EmulatorResponse,
  ProviderEmulatorDefinition,
} from '../shared/emulator-types';
import { EmulatorResponseError } from '../shared/emulator-types';
import { RouteTable } from '../shared/route-table';
import { createGravitinoAuthenticator, type GravitinoOAuthOptions } from './auth.gateway';
import { GRAVITINO_ERROR_CODES, GravitinoErrors, codeForStatus } from './error.gateway';
import { checkApiVersion } from './api-version.gateway';
import { generateGravitinoDataset } from './gravitino.dataset';
import type { GravitinoDataset } from './gravitino.model';
import type { GravitinoServerVersion } from './gravitino.wire';
import { getJobTemplateRoute } from './get-job-template.route';
import { getJobRoute } from './get-job.route';
import { listJobTemplatesRoute } from './list-job-templates.route';
import { listJobsRoute } from './list-jobs.route';
import { listMetalakesRoute } from './list-metalakes.route';
import { loadMetalakeRoute } from './load-metalake.route';

/** Options of the Gravitino emulator: the dataset, the version it answers as, auth mode and error detail. */
export interface GravitinoEmulatorOptions extends EmulatorDataOptions {
  /**
   * The release whose jobs API it serves: `main` (default; listJobs time filters, sort and
   * statusCounts, job times) or `1.3.0` (none of those: the whole list in scan order).
   */
  readonly version?: GravitinoServerVersion;
  /** Turns on OAuth (bearer JWT) instead of simple auth. */
  readonly oauth?: GravitinoOAuthOptions;
  /** Adds `stack` to error bodies, as a real server does; off by default (tests of gateways that must cope). */
  readonly includeStack?: boolean;
  /** Clock for token expiry checks (epoch ms); default Date.now. Never used for data. */
  readonly now?: () => number;
}

/** Who made an authenticated call: simple auth's user or the JWT `sub`. */
export interface GravitinoCaller {
  readonly method: string;
  readonly path: string;
  readonly user: string;
}

/** The Gravitino emulator definition, with its data and the callers it authenticated (for tests). */
export interface GravitinoEmulatorDefinition extends ProviderEmulatorDefinition {
  readonly dataset: GravitinoDataset;
  /** The most recent authenticated callers, oldest first (bounded). */
  callers(): GravitinoCaller[];
}

const MAX_CALLERS = 1000;
const API_PREFIX = '/api/';

/**
 * Creates the Gravitino jobs REST API emulator: listMetalakes, loadMetalake, listJobTemplates,
 * getJobTemplate, listJobs and getJob under `/api`, as `options.version` documents them (main's
 * listJobs filters, sorts and counts; v1.3.0's ignores those parameters, and its jobs carry no
 * times). Simple auth by default, OAuth when `options.oauth` is set.
 *
 * Where it knowingly differs from a real server:
 * - write operations (run/cancel job, register/alter/delete template) are not emulated: a known
 *   path with another method gets 405 / 1006 UnsupportedOperationException;
 * - an unknown path gets 404 / 1003 NotFoundException "HTTP 404 Not Found" in the JSON envelope,
 *   and an unsupported API version 406 "Unsupported version" in the JSON envelope (code 1000),
 *   where Jetty/Jersey would send an HTML error page;
 * - error bodies carry no `stack` unless `includeStack` is set;
 * - Gravitino itself never throttles: a `throttle` fault models a proxy in front of it
 *   (429, `Retry-After` in whole seconds rounded up, body `{code: 1000, type: RESTException}`).
 */
export function createGravitinoEmulator(options: GravitinoEmulatorOptions): GravitinoEmulatorDefinition {
  const dataset = generateGravitinoDataset(options, options.version ?? 'main');
  const errors = new GravitinoErrors(options.includeStack ?? false);
  const context = { dataset, errors };
  const routes = [
    listMetalakesRoute(context),
    loadMetalakeRoute(context),
    listJobTemplatesRoute(context),
    getJobTemplateRoute(context),
    listJobsRoute(context),
    getJobRoute(context),
  ];
  const getRoutes = new RouteTable(routes);
  const authenticator = createGravitinoAuthenticator({
    ...(options.oauth ? { oauth: options.oauth } : {}),
    now: options.now ?? Date.now,
    errors,
  });
  const callers: GravitinoCaller[] = [];

  /** The servlet filters in front of every /api resource: VersioningFilter, then AuthenticationFilter. */
  const filters = (request: EmulatorRequest): void => {
    checkApiVersion(request, errors);
    const user = authenticator(request);
    callers.push({ method: request.method, path: request.rawPath, user });
    if (callers.length > MAX_CALLERS) callers.splice(0, callers.length - MAX_CALLERS);
  };

  const notFound = (request: EmulatorRequest): EmulatorResponse => {
    if (request.rawPath.startsWith(API_PREFIX)) {
      try {
        filters(request);
      } catch (error) {
        if (error instanceof EmulatorResponseError) return error.response;
        throw error;
      }
      if (getRoutes.match('GET', request.rawPath)) {
        return errors.response(
          405,
          1006,
          'UnsupportedOperationException',
          `HTTP 405 Method Not Allowed: this emulator serves the read operations only, not ${request.method} ${request.rawPath}`,
        );
      }
    }
    return errors.response(404, 1003, 'NotFoundException', 'HTTP 404 Not Found');
  };

  return {
    name: 'gravitino',
    routes,
    dataset,
    callers: () => [...callers],
    authenticate: (request) => filters(request),
    notFound,
    errorResponse: (_request, { status, code, message }) => {
      const numeric = /^\d+$/.test(code) ? Number(code) : undefined;
      const gravitinoCode =
        numeric !== undefined && numeric >= 1000 && numeric <= 1100 ? numeric : codeForStatus(status);
      const type =
        numeric === undefined ? code : (GRAVITINO_ERROR_CODES[gravitinoCode]?.type ?? 'RuntimeException');
      return errors.response(status, gravitinoCode, type, message);
    },
    throttleResponse: (_request, retryAfterMs) => {
      const seconds = Math.ceil(retryAfterMs / 1000);
      const response = errors.response(
        429,
        1000,
        'RESTException',
        `Too many requests, retry after ${seconds} second(s)`,
      );
      return { ...response, headers: { ...response.headers, 'retry-after': String(seconds) } };
    },
    internalError: () => errors.response(500, 1002, 'RuntimeException', 'Internal Server Error'),
  };
}
