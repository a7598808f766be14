import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GatewayConfigError, gatewayEnvKeys, loadGatewayConfig } from './config';
import { committedSubgraphs, testSigningSecrets } from './test-env';

const dir = mkdtempSync(join(tmpdir(), 'gateway-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A supergraph composed of the named subgraphs (only its join__Graph enum matters here). */
function supergraph(...names: string[]): string {
  const path = join(dir, `${names.join('-') || 'none'}.graphql`);
  const values = names.map((n) => `  ${n.toUpperCase()} @join__graph(name: "${n}", url: "http://localhost:5000/${n}")`);
  writeFileSync(path, `directive @join__graph(name: String!, url: String!) on ENUM_VALUE\n\nenum join__Graph {\n${values.join('\n')}\n}\n${names.length ? '' : 'scalar Nothing\n'}`);
  return path;
}

const secret = (c: string) => c.repeat(32);

function refusal(env: NodeJS.ProcessEnv): GatewayConfigError {
  try {
    loadGatewayConfig(env);
  } catch (err) {
    if (err instanceof GatewayConfigError) return err;
    throw err;
  }
  throw new Error('the configuration was accepted');
}

describe('gateway configuration: the subgraphs come from the supergraph', () => {
  it('a partner composed into the supergraph is configured by its name, with no list in the gateway', () => {
    const c = loadGatewayConfig({
      AUTH_JWKS_FILE: 'jwks.json',
      SUPERGRAPH_PATH: supergraph('youthoffice', 'harbour'),
      YOUTHOFFICE_URL: 'http://youth.internal:4100/graphql',
      YOUTHOFFICE_TIMEOUT_MS: '2500',
      YOUTHOFFICE_SIGNING_SECRET: secret('y'),
      HARBOUR_SIGNING_SECRET: secret('h'),
    });
    expect(c.subgraphs).toEqual(['youthoffice', 'harbour']);
    expect(c.subgraphUrls).toEqual({ youthoffice: 'http://youth.internal:4100/graphql' });
    expect(c.subgraphTimeoutsMs).toEqual({ youthoffice: 2500 });
    expect(c.signingSecrets).toEqual({ youthoffice: secret('y'), harbour: secret('h') });
    expect(gatewayEnvKeys(c.subgraphs)).toEqual(expect.arrayContaining(['YOUTHOFFICE_URL', 'HARBOUR_TIMEOUT_MS', 'HARBOUR_SIGNING_SECRET']));
  });

  it('refuses to start, naming the variable, when a composed subgraph has no signing secret', () => {
    const err = refusal({ AUTH_JWKS_FILE: 'jwks.json', SUPERGRAPH_PATH: supergraph('youthoffice', 'harbour'), YOUTHOFFICE_SIGNING_SECRET: secret('y') });
    expect(err.code).toBe('SUBGRAPH_SECRET_MISSING');
    expect(err.problems).toEqual([expect.stringMatching(/^HARBOUR_SIGNING_SECRET: required/)]);
  });

  it('refuses a short secret of a composed subgraph as invalid configuration', () => {
    const err = refusal({ AUTH_JWKS_FILE: 'jwks.json', SUPERGRAPH_PATH: supergraph('harbour'), HARBOUR_SIGNING_SECRET: 'short' });
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toMatch(/HARBOUR_SIGNING_SECRET: must be at least 32 characters/);
  });

  it('ignores variables of subgraphs the supergraph does not compose', () => {
    const c = loadGatewayConfig({ AUTH_JWKS_FILE: 'jwks.json', SUPERGRAPH_PATH: supergraph('harbour'), HARBOUR_SIGNING_SECRET: secret('h'), FORMER_URL: 'not a url' });
    expect(Object.keys(c.signingSecrets)).toEqual(['harbour']);
  });

  it('refuses a supergraph it cannot read, or one that composes nothing', () => {
    expect(refusal({ AUTH_JWKS_FILE: 'jwks.json', SUPERGRAPH_PATH: join(dir, 'absent.graphql') }).code).toBe('SUPERGRAPH_UNREADABLE');
    expect(refusal({ AUTH_JWKS_FILE: 'jwks.json', SUPERGRAPH_PATH: supergraph() }).code).toBe('SUPERGRAPH_UNREADABLE');
  });

  it('serves the committed supergraph by default, with a secret for each of its subgraphs', () => {
    const c = loadGatewayConfig({ AUTH_JWKS_FILE: 'jwks.json', ...testSigningSecrets() });
    expect(c.subgraphs).toEqual(committedSubgraphs());
    expect(c.subgraphs.length).toBeGreaterThan(0);
  });
});
