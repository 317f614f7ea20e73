import { setMaxListeners } from 'node:events';

/** A signal that ends at a deadline or with any of its parents, and the way to release it. */
export interface DeadlineSignal {
  readonly signal: AbortSignal;
  /** Stops the timer and detaches from the parents; call it once the work it bounds is over. */
  clear(): void;
}

/**
 * Why a deadline signal aborted at its own deadline: one exception made once, the kind `abort()`
 * makes (an AbortError DOMException), not one with a captured stack per request.
 */
export const DEADLINE_REACHED = new DOMException('The deadline was reached.', 'AbortError');

/**
 * A signal that aborts after `ms`, or as soon as one of `parents` aborts. Written with a timer of
 * our own rather than `AbortSignal.any([AbortSignal.timeout(ms), ...])`: on Node 20 the composite
 * holds its sources only weakly, so a timeout signal nothing else references can be collected
 * before it fires, and the deadline then silently never comes (seen: a 2 s `jobs` page waiting 6 s).
 */
export function deadlineSignal(ms: number, ...parents: readonly AbortSignal[]): DeadlineSignal {
  const controller = new AbortController();
  // A request's signal is the parent of one deadline per upstream call it makes, a hundred on a
  // `jobs` page: each detached by clear(), so many listeners at once are no leak to warn about.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(DEADLINE_REACHED), ms);
  const onParentAbort = (event: Event) => {
    clearTimeout(timer);
    // The parent's own reason, passed on: a bare abort() would build a new exception (and its stack) per signal.
    controller.abort((event.target as AbortSignal | null)?.reason ?? DEADLINE_REACHED);
  };
  for (const parent of parents) {
    if (parent.aborted) {
      clearTimeout(timer);
      controller.abort(parent.reason);
    } else parent.addEventListener('abort', onParentAbort, { once: true });
  }
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      for (const parent of parents) parent.removeEventListener('abort', onParentAbort);
    },
  };
}
