import { describe, expect, it } from 'vitest';
import { TokenCache } from './token-cache';

describe('TokenCache', () => {
  const clock = (start = 1_000_000) => {
    const c = { t: start, now: () => c.t };
    return c;
  };

  it('returns a verified token until its exp, never after', () => {
    const c = clock();
    const cache = new TokenCache<string>({ now: c.now, maxAgeMs: 60_000 });
    cache.set('tok', 'alice', (c.t + 10_000) / 1000);
    expect(cache.get('tok')).toBe('alice');
    c.t += 9_999;
    expect(cache.get('tok')).toBe('alice');
    c.t += 1;
    expect(cache.get('tok')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('trusts a verdict at most maxAgeMs, however long the token runs', () => {
    const c = clock();
    const cache = new TokenCache<string>({ now: c.now, maxAgeMs: 60_000 });
    cache.set('tok', 'alice', (c.t + 3_600_000) / 1000);
    c.t += 59_999;
    expect(cache.get('tok')).toBe('alice');
    c.t += 1;
    expect(cache.get('tok')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const c = clock();
    const cache = new TokenCache<string>({ now: c.now });
    cache.set('old', 'bob', (c.t - 1) / 1000);
    expect(cache.get('old')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('tells tokens apart by their whole text', () => {
    const cache = new TokenCache<string>();
    cache.set('a.b.c', 'alice');
    expect(cache.get('a.b.c')).toBe('alice');
    expect(cache.get('a.b.d')).toBeUndefined();
    expect(cache.get('a.b.c ')).toBeUndefined();
  });

  it('stays bounded, forgetting the least recently used first', () => {
    const cache = new TokenCache<number>({ maxEntries: 3 });
    for (const t of ['t1', 't2', 't3']) cache.set(t, Number(t[1]));
    expect(cache.get('t1')).toBe(1); // t1 is now the most recent
    cache.set('t4', 4);
    expect(cache.size).toBe(3);
    expect(cache.get('t2')).toBeUndefined();
    expect([cache.get('t1'), cache.get('t3'), cache.get('t4')]).toEqual([1, 3, 4]);
  });
});
