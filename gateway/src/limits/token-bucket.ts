export interface TokenBucketOptions {
  /** Tokens added per second: the sustained request rate of one client. */
  ratePerSecond: number;
  /** Bucket size: how many requests a client may send at once after being idle. */
  burst: number;
  /** Most clients tracked at once; beyond it the least recently seen are forgotten. */
  maxClients?: number;
  /** Milliseconds; injectable so that tests need not wait. */
  now?: () => number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per client key, in memory. Memory stays bounded: a bucket that has refilled
 * completely carries no information (a new one would be identical), so idle buckets are swept
 * about once per refill period; and if more than `maxClients` are active at once, the least
 * recently seen are dropped (Map keeps insertion order; every take re-inserts its key).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxClients: number;
  private readonly refillMs: number;
  private lastSweep: number;

  constructor(private readonly o: TokenBucketOptions) {
    if (!(o.ratePerSecond > 0) || !(o.burst >= 1)) throw new Error('token bucket needs ratePerSecond > 0 and burst >= 1');
    this.now = o.now ?? Date.now;
    this.maxClients = o.maxClients ?? 10_000;
    this.refillMs = (o.burst / o.ratePerSecond) * 1000;
    this.lastSweep = this.now();
  }

  take(key: string): TakeResult {
    const now = this.now();
    if (now - this.lastSweep >= this.refillMs) this.sweepIdle(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.o.burst, at: now };
    bucket.tokens = this.level(bucket, now);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxClients) this.evictOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.o.ratePerSecond)) };
  }

  /** Clients currently tracked (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private level(b: Bucket, now: number): number {
    return Math.min(this.o.burst, b.tokens + ((now - b.at) / 1000) * this.o.ratePerSecond);
  }

  private sweepIdle(now: number) {
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (this.level(b, now) >= this.o.burst) this.buckets.delete(key);
  }

  private evictOldest() {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxClients) return;
      this.buckets.delete(key);
    }
  }
}
