import { describe, expect, it } from 'vitest';
import { ConfigError, loadSubgraphConfig } from './config';

describe('subgraph configuration', () => {
  it('an operator who forgets DATABASE_URL is told so before anything starts', () => {
    expect(() => loadSubgraphConfig('schools', 4002, {})).toThrow(ConfigError);
    expect(() => loadSubgraphConfig('schools', 4002, {})).toThrow(/DATABASE_URL/);
  });

  it('every bad variable is named at once, not one per restart', () => {
    try {
      loadSubgraphConfig('schools', 4002, { DATABASE_URL: 'mysql://x', PORT: '70000', HUB_SEED: 'yes' });
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/DATABASE_URL/);
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/HUB_SEED/);
    }
  });

  it('a short signing secret is refused, since it would make forged gateway signatures guessable', () => {
    expect(() => loadSubgraphConfig('schools', 4002, { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/s', HUB_SIGNING_SECRET: 'short' })).toThrow(/HUB_SIGNING_SECRET/);
  });

  it('defaults are the documented ones: the default port, loopback, no seeding', () => {
    const c = loadSubgraphConfig('schools', 4002, { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/schools', HUB_SIGNING_SECRET: 'x'.repeat(32) });
    expect(c).toMatchObject({ port: 4002, host: '127.0.0.1', seed: 'off', scale: 1, logLevel: 'info' });
  });

  it("the owner's URL is optional, and refused when it names the subgraph's own role", () => {
    const base = { DATABASE_URL: 'postgres://schools:p@127.0.0.1:5432/schools', HUB_SIGNING_SECRET: 'x'.repeat(32) };
    expect(loadSubgraphConfig('schools', 4002, base).ownerDatabaseUrl).toBeUndefined();
    const owner = 'postgres://schools_owner:q@127.0.0.1:5432/schools';
    expect(loadSubgraphConfig('schools', 4002, { ...base, OWNER_DATABASE_URL: owner }).ownerDatabaseUrl).toBe(owner);
    expect(() => loadSubgraphConfig('schools', 4002, { ...base, OWNER_DATABASE_URL: 'postgres://schools:q@127.0.0.1:5432/schools' })).toThrow(/OWNER_DATABASE_URL: must name another role/);
  });
});
