import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DEADLINE_REACHED, deadlineSignal } from '../../../src/request/deadline-signal';

describe('deadlineSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('aborts when its time is up, not before', () => {
    const deadline = deadlineSignal(2_000);
    jest.advanceTimersByTime(1_999);
    expect(deadline.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
  });

  test('aborts as soon as a parent aborts, and at once for a parent already aborted', () => {
    const parent = new AbortController();
    const deadline = deadlineSignal(60_000, parent.signal);
    parent.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadlineSignal(60_000, AbortSignal.abort()).signal.aborted).toBe(true);
  });

  test("aborts with a reason made once, or its parent's own, never a new exception per signal", () => {
    const timed = deadlineSignal(1_000);
    jest.advanceTimersByTime(1_000);
    expect(timed.signal.reason).toBe(DEADLINE_REACHED);
    expect((timed.signal.reason as DOMException).name).toBe('AbortError');
    const parent = new AbortController();
    const reason = new Error('client gone');
    const child = deadlineSignal(60_000, parent.signal);
    parent.abort(reason);
    expect(child.signal.reason).toBe(reason);
    expect(deadlineSignal(60_000, AbortSignal.abort(reason)).signal.reason).toBe(reason);
  });

  test('a deadline may be the parent of many at once without a listener-leak warning', () => {
    // In a plain node process (the built module, as `jobgraph start` runs it): jest's sandbox sees
    // neither Node's warning nor its listener limit on a signal of the sandbox's own realm.
    const built = resolve(__dirname, '../../../dist/request/deadline-signal.js');
    const script = `
      const { deadlineSignal } = require(${JSON.stringify(built)});
      const request = deadlineSignal(60_000);
      const children = Array.from({ length: 50 }, () => deadlineSignal(60_000, request.signal));
      setImmediate(() => { for (const child of children) child.clear(); request.clear(); });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('MaxListenersExceededWarning');
  });

  test('clear() stops the timer and detaches from the parents', () => {
    const parent = new AbortController();
    const deadline = deadlineSignal(1_000, parent.signal);
    deadline.clear();
    jest.advanceTimersByTime(5_000);
    parent.abort();
    expect(deadline.signal.aborted).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });
});
