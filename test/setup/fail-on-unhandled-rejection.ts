/**
 * Makes every unhandled promise rejection fail the suite in the file that caused it (DESIGN §4.11:
 * every promise has an owner).
 *
 * Jest's runner (jest-circus) listens for `unhandledRejection` on the real process while a file's
 * tests and hooks run, and fails the test or hook that is running; once a file is done, a late
 * rejection crashes the worker, which fails the run but names no file. (A listener added here could
 * not help: the sandbox's `process` is a copy with its own event emitter, which Node never
 * notifies.) So each `afterAll` a test file declares (where gateways and emulators are stopped) is
 * followed by a short settle inside the same hook: rejections of work the file started last
 * surface while the runner still attributes them to it.
 */
const declareAfterAll = globalThis.afterAll;

async function settle(): Promise<void> {
  // Microtasks first, then the I/O callbacks and timers that stopping servers schedules.
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setTimeout(resolve, 20));
  await new Promise<void>((resolve) => setImmediate(resolve));
}

globalThis.afterAll = ((fn: jest.ProvidesHookCallback, timeout?: number) => {
  // A hook taking a `done` callback is left as it is (none in this suite).
  if (fn.length > 0) return declareAfterAll(fn, timeout);
  return declareAfterAll(async () => {
    await (fn as () => unknown)();
    await settle();
  }, timeout);
}) as typeof afterAll;
