import type { EmulatorRoute } from '../shared/emulator-types';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { MetalakeListResponse } from './gravitino.wire';

/** listMetalakes: `GET /api/metalakes`. */
export function listMetalakesRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset } = context;
  return {
    method: 'GET',
    pattern: '/api/metalakes',
    operation: 'listMetalakes',
    handle: () => {
      const body: MetalakeListResponse = { code: 0, metalakes: dataset.metalakes.map((lake) => lake.dto) };
      return ok(body);
    },
  };
}
