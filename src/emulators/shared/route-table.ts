import type { EmulatorRoute } from './emulator-types';

/** A route that matched a request, with its path params percent-decoded. */
export interface RouteMatch {
  readonly route: EmulatorRoute;
  readonly params: Readonly<Record<string, string>>;
}

interface CompiledRoute {
  readonly route: EmulatorRoute;
  readonly segments: readonly string[];
}

/**
 * Matches raw request paths against `:param` templates. Params are decoded only after the
 * path was split on `/`, so an encoded `%2F` or `..` inside an id stays inside that one param
 * and can never select another route.
 */
export class RouteTable {
  private readonly compiled: readonly CompiledRoute[];

  constructor(routes: readonly EmulatorRoute[]) {
    this.compiled = routes.map((route) => ({ route, segments: route.pattern.split('/') }));
  }

  /** The route for this method and raw path, or undefined (also for undecodable params). */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const segments = rawPath.split('/');
    for (const { route, segments: template } of this.compiled) {
      if (route.method !== method || template.length !== segments.length) continue;
      const params = matchSegments(template, segments);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function matchSegments(
  template: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const expected = template[i] ?? '';
    const segment = actual[i] ?? '';
    if (expected.startsWith(':')) {
      if (segment === '') return undefined;
      try {
        params[expected.slice(1)] = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return params;
}
