import { UpstreamError } from '../../../src/errors/upstream.error';
import { GravitinoClient } from '../../../src/providers/gravitino/gravitino.client';
import { emulatorGravitinoInstance } from '../../helpers/provider-instances';

/** Shared by the Gravitino client suites: the rejection of a call, and clients whose pools a suite closes. */

/** The UpstreamError a call rejected with (fails the test if it resolved or threw something else). */
export async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

/** A fresh client (with its own pool), remembered in `clients` so afterAll can close it. */
export function clientFor(
  clients: GravitinoClient[],
  ...args: Parameters<typeof emulatorGravitinoInstance>
): GravitinoClient {
  const client = new GravitinoClient(emulatorGravitinoInstance(...args));
  clients.push(client);
  return client;
}
