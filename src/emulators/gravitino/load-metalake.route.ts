import type { EmulatorRoute } from '../shared/emulator-types';
import { noSuchMetalake } from './exception.gateway';
import { ok, type GravitinoRouteContext } from './gravitino.context';
import type { MetalakeResponse } from './gravitino.wire';

/** loadMetalake: `GET /api/metalakes/{name}`. */
export function loadMetalakeRoute(context: GravitinoRouteContext): EmulatorRoute {
  const { dataset, errors } = context;
  return {
    method: 'GET',
    pattern: '/api/metalakes/:metalake',
    operation: 'loadMetalake',
    handle: (_request, { metalake = '' }) => {
      const lake = dataset.metalakesByName.get(metalake);
      if (!lake) throw errors.metalake('LOAD', metalake, noSuchMetalake(metalake));
      const body: MetalakeResponse = { code: 0, metalake: lake.dto };
      return ok(body);
    },
  };
}
