import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { GatewayBusyError } from '../../../src/errors/gateway-busy.error';
import { callLoader } from '../../../src/loaders/call-loader';

/** A loader over a call that fails once with `error`, then answers; counts its calls. */
function flakyLoader(error: Error) {
  let calls = 0;
  const loader = callLoader(async (key: string) => {
    calls += 1;
    if (calls === 1) throw error;
    return `value of ${key}`;
  });
  return { loader, calls: () => calls };
}

describe('callLoader: what a failure leaves in the per-request cache', () => {
  test.each([
    ['a full gateway queue (GATEWAY_BUSY)', new GatewayBusyError('SAE')],
    ['an unexpected error (a bug below us)', new TypeError('boom')],
  ])('%s leaves the cache, so a later load in the same request calls again', async (_name, error) => {
    const { loader, calls } = flakyLoader(error);
    await expect(loader.load('k')).rejects.toBe(error);
    await expect(loader.load('k')).resolves.toBe('value of k');
    expect(calls()).toBe(2);
  });

  test('a definite answer (BAD_USER_INPUT) stays cached: the same key is not asked twice', async () => {
    const error = new BadUserInputError('no such thing');
    const { loader, calls } = flakyLoader(error);
    await expect(loader.load('k')).rejects.toBe(error);
    await expect(loader.load('k')).rejects.toBe(error);
    expect(calls()).toBe(1);
  });
});
