import type { EmulatorRoute } from '../shared/emulator-types';
import { ok, type GravitinoContext } from './gravitino-context';
import { noSuchMetalake } from './gravitino-exceptions';
import type { MetalakeListResponse, MetalakeResponse } from './gravitino.wire';

/** `GET /api/metalakes` (listMetalakes) and `GET /api/metalakes/{name}` (loadMetalake). */
export function metalakeRoutes(context: GravitinoContext): EmulatorRoute[] {
  const { dataset, errors } = context;
  return [
    {
      method: 'GET',
      pattern: '/api/metalakes',
      operation: 'listMetalakes',
      handle: () => {
        const body: MetalakeListResponse = { code: 0, metalakes: dataset.metalakes.map((lake) => lake.dto) };
        return ok(body);
      },
    },
    {
      method: 'GET',
      pattern: '/api/metalakes/:metalake',
      operation: 'loadMetalake',
      handle: (_request, { metalake = '' }) => {
        const lake = dataset.metalakesByName.get(metalake);
        if (!lake) throw errors.metalake('LOAD', metalake, noSuchMetalake(metalake));
        const body: MetalakeResponse = { code: 0, metalake: lake.dto };
        return ok(body);
      },
    },
  ];
}
