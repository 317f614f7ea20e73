import { setMaxListeners } from 'node:events';
import {
  FairQueue,
  FairQueueAbortedError,
  FairQueueFullError,
} from '../../../../src/providers/resilience/fair-queue';

/** A task the test finishes by hand; records the order tasks started in. */
function harness(queue: FairQueue) {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const never = new AbortController().signal;
  // Every waiting call of these tests listens on this one signal (in the gateway each call has its own).
  setMaxListeners(0, never);
  const submit = (tenant: string, label: string, signal: AbortSignal = never) =>
    queue.run(tenant, signal, () => {
      started.push(label);
      return new Promise<string>((resolve) => finishers.push(() => resolve(label)));
    });
  /** Finishes the oldest running task and lets the next one start. */
  const finishOne = async () => {
    finishers.shift()?.();
    await flush();
  };
  return { started, submit, finishOne };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('FairQueue', () => {
  it('runs up to maxConcurrent at once, then releases waiting calls round-robin across tenants', async () => {
    const queue = new FairQueue({ maxConcurrent: 2, maxQueue: 100, maxQueuePerTenant: 100 });
    const { started, submit, finishOne } = harness(queue);
    const all = [
      submit('a', 'a1'),
      submit('a', 'a2'),
      submit('a', 'a3'),
      submit('a', 'a4'),
      submit('b', 'b1'),
      submit('b', 'b2'),
      submit('c', 'c1'),
    ];
    await flush();
    expect(started).toEqual(['a1', 'a2']);
    expect([queue.inFlight, queue.queued]).toEqual([2, 5]);
    for (let i = 0; i < 5; i++) await finishOne();
    // Tenants in the order they first waited (a, b, c), one call each per turn; each tenant's calls in FIFO order.
    expect(started).toEqual(['a1', 'a2', 'a3', 'b1', 'c1', 'a4', 'b2']);
    await finishOne();
    await finishOne();
    await expect(Promise.all(all)).resolves.toHaveLength(7);
    expect([queue.inFlight, queue.queued]).toEqual([0, 0]);
  });

  it('serves a newcomer within the next releases while another tenant has 200 calls waiting', async () => {
    const queue = new FairQueue({ maxConcurrent: 4, maxQueue: 1_000, maxQueuePerTenant: 1_000 });
    const { started, submit, finishOne } = harness(queue);
    const flood = Array.from({ length: 204 }, (_, i) => submit('a', `a${i}`));
    await flush();
    expect(queue.queued).toBe(200);
    const late = submit('b', 'b1');
    await flush();
    await finishOne();
    await finishOne();
    // Two releases: one goes to a (its turn came first), the next to b.
    expect(started.slice(4)).toEqual(['a4', 'b1']);
    while (queue.inFlight > 0) await finishOne();
    await expect(late).resolves.toBe('b1');
    await expect(Promise.all(flood)).resolves.toHaveLength(204);
  });

  it("refuses a tenant's call past its own queue cap, while other tenants may still wait", async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 10, maxQueuePerTenant: 2 });
    const { submit, finishOne } = harness(queue);
    const admitted = [submit('a', 'a1'), submit('a', 'a2'), submit('a', 'a3')];
    await expect(submit('a', 'a4')).rejects.toEqual(new FairQueueFullError('tenant'));
    const other = submit('b', 'b1');
    await flush();
    expect(queue.queued).toBe(3);
    for (let i = 0; i < 4; i++) await finishOne();
    await expect(Promise.all([...admitted, other])).resolves.toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('when the whole queue is full, makes room for a lighter tenant by refusing the flooder’s newest call', async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 3, maxQueuePerTenant: 3 });
    const { started, submit, finishOne } = harness(queue);
    const a = [submit('a', 'a1'), submit('a', 'a2'), submit('a', 'a3')];
    const a4 = submit('a', 'a4').catch((error: unknown) => error);
    await flush();
    expect(queue.queued).toBe(3);
    // a has 3 waiting: b's first call displaces a4; b's second would make b as long as a is then, so it is refused.
    const b1 = submit('b', 'b1');
    await expect(a4).resolves.toEqual(new FairQueueFullError('instance'));
    const b2 = submit('b', 'b2');
    await expect(b2).rejects.toEqual(new FairQueueFullError('instance'));
    expect(queue.queued).toBe(3);
    for (let i = 0; i < 4; i++) await finishOne();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    await expect(Promise.all([...a, b1])).resolves.toHaveLength(4);
  });

  it('with no queue at all, refuses every call past maxConcurrent', async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 0, maxQueuePerTenant: 10 });
    const { submit, finishOne } = harness(queue);
    const first = submit('a', 'a1');
    await expect(submit('b', 'b1')).rejects.toEqual(new FairQueueFullError('instance'));
    await finishOne();
    await expect(first).resolves.toBe('a1');
  });

  it('drops a waiting call whose signal aborts, without running it, and keeps the order of the rest', async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 10, maxQueuePerTenant: 10 });
    const { started, submit, finishOne } = harness(queue);
    const controller = new AbortController();
    const first = submit('a', 'a1');
    const doomed = submit('b', 'b1', controller.signal);
    const kept = submit('b', 'b2');
    const aborted = submit('c', 'c1', AbortSignal.abort());
    await expect(aborted).rejects.toEqual(new FairQueueAbortedError());
    controller.abort();
    await expect(doomed).rejects.toEqual(new FairQueueAbortedError());
    expect(queue.queued).toBe(1);
    await finishOne();
    await finishOne();
    await expect(Promise.all([first, kept])).resolves.toEqual(['a1', 'b2']);
    expect(started).toEqual(['a1', 'b2']);
    expect([queue.inFlight, queue.queued]).toEqual([0, 0]);
  });

  it('serves every tenant id, the empty one (calls outside any request) included', async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 10, maxQueuePerTenant: 10 });
    const { started, submit, finishOne } = harness(queue);
    const all = [submit('', 'x1'), submit('', 'x2'), submit('', 'x3')];
    await flush();
    for (let i = 0; i < 3; i++) await finishOne();
    await expect(Promise.all(all)).resolves.toEqual(['x1', 'x2', 'x3']);
    expect(started).toEqual(['x1', 'x2', 'x3']);
    expect([queue.inFlight, queue.queued]).toEqual([0, 0]);
  });

  it('frees the slot when a task fails', async () => {
    const queue = new FairQueue({ maxConcurrent: 1, maxQueue: 10, maxQueuePerTenant: 10 });
    const never = new AbortController().signal;
    await expect(queue.run('a', never, () => Promise.reject(new Error('upstream said no')))).rejects.toThrow(
      'upstream said no',
    );
    await expect(queue.run('a', never, () => Promise.resolve('next'))).resolves.toBe('next');
    expect(queue.inFlight).toBe(0);
  });
});
