import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSubgraphConfig } from './config';
import { loadGatewayConfig } from '../../../gateway/src/config';

const dir = mkdtempSync(join(tmpdir(), 'hub-secrets-'));
const secretFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('secrets as files (Docker and Kubernetes secrets)', () => {
  const url = 'postgres://schools:from-file@db:5432/schools';
  const secret = 's'.repeat(40);

  it('a subgraph reads its database URL and signing secret from mounted files, without the trailing newline', () => {
    const c = loadSubgraphConfig('schools', 4002, {
      DATABASE_URL_FILE: secretFile('db-url', `${url}\n`),
      HUB_SIGNING_SECRET_FILE: secretFile('signing', secret),
    });
    expect(c.databaseUrl).toBe(url);
    expect(c.signingSecret).toBe(secret);
  });

  it('a value given both ways, or a file that is not there, is refused and named', () => {
    const both = () => loadSubgraphConfig('schools', 4002, { DATABASE_URL: url, DATABASE_URL_FILE: secretFile('db-url-2', url), HUB_SIGNING_SECRET: secret });
    expect(both).toThrow(ConfigError);
    expect(both).toThrow(/DATABASE_URL_FILE: DATABASE_URL is set as well/);
    const missing = () => loadSubgraphConfig('schools', 4002, { DATABASE_URL_FILE: join(dir, 'nope'), HUB_SIGNING_SECRET: secret });
    expect(missing).toThrow(/DATABASE_URL_FILE: cannot read .*nope \(ENOENT\)/);
  });

  it("a secret file's content is validated like the variable: a short signing secret stays refused", () => {
    expect(() => loadSubgraphConfig('schools', 4002, { DATABASE_URL: url, HUB_SIGNING_SECRET_FILE: secretFile('short', 'short\n') })).toThrow(/HUB_SIGNING_SECRET: must be at least 32/);
  });

  it("the gateway reads every partner's signing secret from files too", () => {
    const env: NodeJS.ProcessEnv = { AUTH_JWKS_URL: 'https://login.example/jwks' };
    for (const p of ['MUNICIPALITY', 'SCHOOLS', 'EMPLOYMENT', 'CHAMBERS', 'YOUTHWELFARE']) env[`${p}_SIGNING_SECRET_FILE`] = secretFile(`${p}-signing`, `${p.toLowerCase()}-${secret}\n`);
    expect(loadGatewayConfig(env).signingSecrets.schools).toBe(`schools-${secret}`);
    expect(() => loadGatewayConfig({ ...env, SCHOOLS_SIGNING_SECRET_FILE: join(dir, 'absent') })).toThrow(/SCHOOLS_SIGNING_SECRET_FILE: cannot read/);
  });
});
