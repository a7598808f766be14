import { createHash } from 'node:crypto';

export interface TokenCacheOptions {
  /** Most tokens remembered at once; beyond it the least recently used are forgotten. */
  maxEntries?: number;
  /**
   * How long a verdict is trusted, whatever the token's own expiry: a key withdrawn from the
   * identity provider's JWKS stops opening the hub within this time. Milliseconds.
   */
  maxAgeMs?: number;
  /** Milliseconds; injectable so that tests need not wait. */
  now?: () => number;
}

interface Entry<T> {
  value: T;
  /** Until when (ms) the verdict may be reused: the token's `exp` or `maxAgeMs`, whichever is first. */
  until: number;
}

/**
 * Verified tokens, so that a partner system sending the same token with every request pays for one
 * signature check per minute instead of one per request. Only successful verifications are kept;
 * the key is the token's SHA-256, so raw bearer tokens do not sit in the heap beyond their request.
 */
export class TokenCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(o: TokenCacheOptions = {}) {
    this.maxEntries = o.maxEntries ?? 10_000;
    this.maxAgeMs = o.maxAgeMs ?? 60_000;
    this.now = o.now ?? Date.now;
    if (!(this.maxEntries >= 1) || !(this.maxAgeMs >= 0)) throw new Error('token cache needs maxEntries >= 1 and maxAgeMs >= 0');
  }

  get(token: string): T | undefined {
    const key = digest(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() >= entry.until) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  /** Remembers a verified token until `expSeconds` (epoch seconds: when it stops passing) or `maxAgeMs`, whichever is first. */
  set(token: string, value: T, expSeconds?: number) {
    const now = this.now();
    const until = Math.min(now + this.maxAgeMs, typeof expSeconds === 'number' ? expSeconds * 1000 : Infinity);
    if (until <= now) return;
    const key = digest(token);
    this.entries.delete(key);
    this.entries.set(key, { value, until });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size() {
    return this.entries.size;
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64');
