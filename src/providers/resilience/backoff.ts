/**
 * Full-jitter exponential back-off (AWS architecture blog, "Exponential Backoff And Jitter"):
 * a uniform wait in [0, min(maxMs, baseMs * 2^(retry-1))]. Full jitter spreads synchronized
 * clients best, which matters when many GraphQL requests hit one throttled upstream at once.
 */
export function fullJitterDelay(
  retry: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
