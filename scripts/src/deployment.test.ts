import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_ENV_KEYS } from '@kassel-hub/kit';
import { manifests, partnerNames } from '@kassel-hub/registry';
import { gatewayEnvKeys } from '../../gateway/src/config';
import { committedSubgraphs } from '../../gateway/src/test-env';

// No Docker engine runs here, so the deployment files are checked by reading them.
const root = resolve(__dirname, '../..');
const compose = readFileSync(resolve(root, 'docker/compose.yaml'), 'utf8');

/** The environment keys of one service in compose.yaml (two-space YAML, as written). */
function envOf(service: string): string[] {
  const block = new RegExp(`\\n  ${service}:\\n([\\s\\S]*?)(?=\\n  [a-z-]+:\\n|\\nvolumes:)`).exec(compose)?.[1] ?? '';
  const env = /\n?    environment:\n((?:      .*\n?)*)/.exec(block)?.[1] ?? '';
  return [...env.matchAll(/^      ([A-Z0-9_]+):/gm)].map((m) => m[1]);
}

/** A variable given as a secret file (`<NAME>_FILE`) stands for `<NAME>`. */
const variable = (key: string) => key.replace(/_FILE$/, '');
const PARTNERS = partnerNames;
const GATEWAY_ENV_KEYS = gatewayEnvKeys(committedSubgraphs());

describe('deployment files', () => {
  it.each(PARTNERS)('compose passes %s only variables its config reads, the database URL and signing secret as files', (name) => {
    const keys = envOf(name);
    expect(keys).toEqual(expect.arrayContaining(['DATABASE_URL_FILE', 'HUB_SIGNING_SECRET_FILE']));
    expect(keys.filter((k) => !SUBGRAPH_ENV_KEYS.includes(variable(k)))).toEqual([]);
    expect(envOf(`migrate-${name}`)).toEqual(['DATABASE_URL_FILE', 'OWNER_DATABASE_URL_FILE']);
  });

  it('compose points the gateway at every subgraph with variables its config reads', () => {
    const keys = envOf('gateway');
    expect(keys).toEqual(expect.arrayContaining(manifests.flatMap((m) => [`${m.name.toUpperCase()}_URL`, `${m.name.toUpperCase()}_SIGNING_SECRET_FILE`])));
    expect(keys.filter((k) => !GATEWAY_ENV_KEYS.includes(variable(k)))).toEqual([]);
  });

  it('no password, database URL or signing secret is in any service environment: each is a secret file that make-secrets.sh makes', () => {
    const plain = [...compose.matchAll(/^      ([A-Z0-9_]+):/gm)].map((m) => m[1]!).filter((k) => /PASSWORD|SECRET|DATABASE_URL/.test(k) && !k.endsWith('_FILE'));
    expect(plain).toEqual([]);
    const mounted = [...compose.matchAll(/\/run\/secrets\/([a-z0-9-]+)/g)].map((m) => m[1]!);
    const declared = [...compose.matchAll(/^  ([a-z0-9-]+): \{ file: \.\/secrets\/\1 \}$/gm)].map((m) => m[1]!);
    expect(new Set(mounted)).toEqual(new Set(declared));
    const made = readFileSync(resolve(root, 'docker/make-secrets.sh'), 'utf8');
    for (const p of PARTNERS) {
      expect(made).toMatch(new RegExp(`^partner ${p} `, 'm'));
      for (const name of declared.filter((d) => d.startsWith(`${p}-`))) expect(made).toContain(`"$p-${name.slice(p.length + 1)}"`);
    }
  });

  it('.env.example documents every variable of subgraphs and gateway', () => {
    const example = readFileSync(resolve(root, '.env.example'), 'utf8');
    for (const key of [...SUBGRAPH_ENV_KEYS, ...GATEWAY_ENV_KEYS]) expect(example, key).toMatch(new RegExp(`^# ${key}=`, "m"));
  });
});
