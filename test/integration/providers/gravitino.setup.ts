import { UpstreamError } from '../../../src/errors/upstream-error';
import { GravitinoClient } from '../../../src/providers/gravitino/gravitino.client';
import { GravitinoTransport } from '../../../src/providers/gravitino/gravitino-transport';
import { emulatorGravitinoInstance } from '../../helpers/provider-instances';

/** Shared by the Gravitino client suites: the rejection of a call, and clients whose transports a suite closes. */

/** The UpstreamError a call rejected with (fails the test if it resolved or threw something else). */
export async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

/** A client on a fresh transport, remembered in `transports` so afterAll can close it. */
export function clientFor(
  transports: GravitinoTransport[],
  ...args: Parameters<typeof emulatorGravitinoInstance>
): GravitinoClient {
  const transport = new GravitinoTransport(emulatorGravitinoInstance(...args));
  transports.push(transport);
  return new GravitinoClient(transport);
}
