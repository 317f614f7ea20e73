import { TokenBucket } from '../../../src/server/rate-limit/token-bucket';

describe('TokenBucket', () => {
  it('starts full: a whole burst is granted at once, then the next token is refused', () => {
    const bucket = new TokenBucket(5, 1, 0);
    const granted = Array.from({ length: 5 }, () => bucket.take(1, 0).granted);
    expect(granted).toEqual([true, true, true, true, true]);
    expect(bucket.take(1, 0)).toEqual({ granted: false, retryAfterMs: 1000 });
  });

  it('refills at its rate, never above capacity', () => {
    const bucket = new TokenBucket(10, 4, 0);
    expect(bucket.take(10, 0).granted).toBe(true);
    expect(bucket.available(500)).toBeCloseTo(2);
    expect(bucket.take(3, 500).granted).toBe(false);
    expect(bucket.take(2, 500).granted).toBe(true);
    expect(bucket.available(60_000)).toBe(10);
  });

  it('says how long until the missing tokens are there, rounded up to the millisecond', () => {
    const bucket = new TokenBucket(3, 3, 0);
    bucket.take(3, 0);
    expect(bucket.take(2, 0)).toEqual({ granted: false, retryAfterMs: 667 });
    // Waiting exactly that long is enough.
    expect(bucket.take(2, 667).granted).toBe(true);
  });

  it('takes nothing when it refuses', () => {
    const bucket = new TokenBucket(4, 1, 0);
    bucket.take(3, 0);
    expect(bucket.take(2, 0).granted).toBe(false);
    expect(bucket.available(0)).toBe(1);
  });

  it('charges a request larger than the bucket the whole bucket, so it waits for a full one instead of never passing', () => {
    const bucket = new TokenBucket(10, 5, 0);
    bucket.take(1, 0);
    expect(bucket.take(50, 0)).toEqual({ granted: false, retryAfterMs: 200 });
    expect(bucket.take(50, 200)).toEqual({ granted: true, taken: 10 });
  });

  it('settles after the fact: refunds up to capacity, and a debt delays the next grant by at most one bucket', () => {
    const bucket = new TokenBucket(10, 10, 0);
    bucket.take(8, 0);
    bucket.adjust(+100, 0);
    expect(bucket.available(0)).toBe(10);
    bucket.adjust(-100, 0);
    expect(bucket.available(0)).toBe(-10);
    expect(bucket.take(1, 0)).toEqual({ granted: false, retryAfterMs: 1100 });
  });

  it('lets a zero-token take pass even while in debt', () => {
    const bucket = new TokenBucket(2, 1, 0);
    bucket.adjust(-10, 0);
    expect(bucket.take(0, 0)).toEqual({ granted: true, taken: 0 });
    expect(bucket.take(1, 0).granted).toBe(false);
  });

  it('does not drain when the clock steps back', () => {
    const bucket = new TokenBucket(2, 1, 1000);
    bucket.take(1, 1000);
    expect(bucket.available(0)).toBe(1);
    expect(bucket.available(1500)).toBe(1.5);
  });
});
