import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

/** A clock the test moves by hand. */
const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('token buckets', () => {
  it('a client may send a burst, then is refused with the seconds until its next token', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 2, burst: 3, now: c.now });
    expect([b.take('a'), b.take('a'), b.take('a')].every((r) => r.allowed)).toBe(true);
    expect(b.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.advance(500);
    expect(b.take('a').allowed).toBe(true);
    expect(b.take('a').allowed).toBe(false);
  });

  it('refills at the sustained rate but never beyond the burst', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 1, burst: 2, now: c.now });
    b.take('a');
    b.take('a');
    c.advance(60_000);
    expect([b.take('a'), b.take('a'), b.take('a')].map((r) => r.allowed)).toEqual([true, true, false]);
  });

  it('Retry-After rounds up for slow rates', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 0.1, burst: 1, now: c.now });
    b.take('a');
    expect(b.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('one client exhausting its bucket does not slow down another', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 1, burst: 1, now: c.now });
    b.take('a');
    expect(b.take('a').allowed).toBe(false);
    expect(b.take('b').allowed).toBe(true);
  });

  it('idle buckets are swept, so memory does not grow with every client ever seen', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 10, burst: 20, now: c.now });
    for (let i = 0; i < 1000; i++) b.take(`client-${i}`);
    expect(b.size).toBe(1000);
    c.advance(2_000); // every bucket is full again after burst / rate = 2 s
    b.take('late');
    expect(b.size).toBe(1);
  });

  it('never tracks more than maxClients; the least recently seen are forgotten first', () => {
    const c = clock();
    const b = new TokenBuckets({ ratePerSecond: 1, burst: 1, maxClients: 100, now: c.now });
    b.take('first');
    for (let i = 0; i < 99; i++) b.take(`client-${i}`);
    b.take('first'); // refused, and now the most recently seen
    expect(b.take('new').allowed).toBe(true);
    expect(b.size).toBe(100);
    expect(b.take('first').allowed).toBe(false); // still remembered: client-0 was forgotten instead
  });
});
