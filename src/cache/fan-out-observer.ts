import type { CacheObserver } from './cache-observer';

/** One observer that tells every attached observer; attach returns the detach. */
export class FanOutObserver implements CacheObserver {
  private readonly observers = new Set<CacheObserver>();

  attach(observer: CacheObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  hit: CacheObserver['hit'] = (event) => this.observers.forEach((observer) => observer.hit(event));
  miss: CacheObserver['miss'] = (event) => this.observers.forEach((observer) => observer.miss(event));
  eviction: CacheObserver['eviction'] = () => this.observers.forEach((observer) => observer.eviction());
  redisState: CacheObserver['redisState'] = (state) =>
    this.observers.forEach((observer) => observer.redisState(state));
}
