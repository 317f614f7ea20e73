import type { EmulatorResponse } from '../shared/emulator-types';
import { GRAVITINO_JSON_HEADERS, type GravitinoErrors } from './error.gateway';
import type { GravitinoDataset } from './gravitino.model';

/** What every Gravitino route needs: the data (whose `version` says which API to answer as) and the error builder. */
export interface GravitinoRouteContext {
  readonly dataset: GravitinoDataset;
  readonly errors: GravitinoErrors;
}

/** `Utils.ok(body)`: 200 with `Content-Type: application/json`. */
export function ok(body: unknown): EmulatorResponse {
  return { status: 200, body, headers: GRAVITINO_JSON_HEADERS };
}
