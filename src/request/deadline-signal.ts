/** A signal that ends at a deadline or with any of its parents, and the way to release it. */
export interface DeadlineSignal {
  readonly signal: AbortSignal;
  /** Stops the timer and detaches from the parents; call it once the work it bounds is over. */
  clear(): void;
}

/**
 * A signal that aborts after `ms`, or as soon as one of `parents` aborts. Written with a timer of
 * our own rather than `AbortSignal.any([AbortSignal.timeout(ms), ...])`: on Node 20 the composite
 * holds its sources only weakly, so a timeout signal nothing else references can be collected
 * before it fires, and the deadline then silently never comes (seen: a 2 s `jobs` page waiting 6 s).
 */
export function deadlineSignal(ms: number, ...parents: readonly AbortSignal[]): DeadlineSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const onParentAbort = () => {
    clearTimeout(timer);
    controller.abort();
  };
  for (const parent of parents) {
    if (parent.aborted) onParentAbort();
    else parent.addEventListener('abort', onParentAbort, { once: true });
  }
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      for (const parent of parents) parent.removeEventListener('abort', onParentAbort);
    },
  };
}
