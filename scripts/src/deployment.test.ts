import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_ENV_KEYS } from '@kassel-hub/kit';
import { GATEWAY_ENV_KEYS } from '../../gateway/src/config';

// No Docker engine runs here, so the deployment files are checked by reading them.
const root = resolve(__dirname, '../..');
const compose = readFileSync(resolve(root, 'docker/compose.yaml'), 'utf8');

/** The environment keys of one service in compose.yaml (two-space YAML, as written). */
function envOf(service: string): string[] {
  const block = new RegExp(`\\n  ${service}:\\n([\\s\\S]*?)(?=\\n  [a-z-]+:\\n|\\nvolumes:)`).exec(compose)?.[1] ?? '';
  const env = /\n?    environment:\n((?:      .*\n?)*)/.exec(block)?.[1] ?? '';
  return [...env.matchAll(/^      ([A-Z0-9_]+):/gm)].map((m) => m[1]);
}

describe('deployment files', () => {
  it.each(['municipality', 'schools', 'employment', 'chambers'])('compose passes %s only variables its config reads, including DATABASE_URL', (name) => {
    const keys = envOf(name);
    expect(keys).toContain('DATABASE_URL');
    expect(keys.filter((k) => !SUBGRAPH_ENV_KEYS.includes(k))).toEqual([]);
  });

  it('compose points the gateway at every subgraph with variables its config reads', () => {
    const keys = envOf('gateway');
    expect(keys).toEqual(expect.arrayContaining(['MUNICIPALITY_URL', 'SCHOOLS_URL', 'EMPLOYMENT_URL', 'CHAMBERS_URL']));
    expect(keys.filter((k) => !GATEWAY_ENV_KEYS.includes(k))).toEqual([]);
  });

  it('.env.example documents every variable of subgraphs and gateway', () => {
    const example = readFileSync(resolve(root, '.env.example'), 'utf8');
    for (const key of [...SUBGRAPH_ENV_KEYS, ...GATEWAY_ENV_KEYS]) expect(example, key).toMatch(new RegExp(`^# ${key}=`, "m"));
  });

  it('the Dockerfile copies the manifest of every workspace, so that npm ci sees them all', () => {
    const dockerfile = readFileSync(resolve(root, 'docker/Dockerfile'), 'utf8');
    const workspaces: string[] = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).workspaces;
    for (const ws of workspaces) expect(dockerfile).toContain(`COPY ${ws}/package.json ${ws}/`);
  });
});
