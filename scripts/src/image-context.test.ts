import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dockerignore from '@balena/dockerignore';
import { describe, expect, it } from 'vitest';
import { workspaceDirs } from './workspaces';

// No Docker engine runs here: the build context is computed with a port of Docker's own
// .dockerignore matching, over the checkout's files plus what a developer's checkout also holds.
const root = resolve(__dirname, '../..');
const rules = readFileSync(resolve(root, '.dockerignore'), 'utf8');
const inContext = (paths: string[]) => dockerignore().add(rules).filter(paths);

const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const workspaces = workspaceDirs(root);

/** What `npm start`, an operator or an editor leaves in a checkout, none of it committed. */
const local = [
  '.data/dev-jwt/private.pem',
  '.data/dev-jwt/jwks.json',
  '.data/secrets.json',
  '.data/postgres/PG_VERSION',
  'scripts/.data/secrets.json',
  '.env',
  '.env.production',
  'docker/.env',
  'docker/secrets/schools-db-password',
  'subgraphs/schools/.env',
  'gateway/keys/signing.key',
  'gateway/tls.pem',
  'node_modules/graphql/index.js',
  'packages/kit/node_modules/.bin/tsc',
  'gateway/dist/index.js',
  'subgraphs/schools/dist/index.js',
  'subgraphs/schools/tsconfig.tsbuildinfo',
  '.turbo/cache/x.tar.zst',
  'samples/schools/leaving-results.csv.errors.csv',
  'bench/tmp/run.json',
  '.git/config',
];

describe('the image build context (docker build .. -f docker/Dockerfile)', () => {
  const context = inContext([...tracked, ...local]);

  it('holds no local data, development keys, secrets, host installs or builds', () => {
    const leaked = context.filter((p) =>
      /(^|\/)(\.data|node_modules|dist|secrets|\.turbo|\.git)\//.test(p) || /(^|\/)\.env(\.|$)/.test(p) || /\.(pem|key|p12|tsbuildinfo)$/.test(p),
    );
    expect(leaked).toEqual([]);
    for (const p of local) expect(context, p).not.toContain(p);
  });

  it('holds what every image is built from: the root manifests, each workspace, the supergraph', () => {
    for (const p of ['package.json', 'package-lock.json', 'turbo.json', 'tsconfig.base.json', 'schema/supergraph.graphql']) expect(context).toContain(p);
    for (const ws of workspaces) {
      expect(context, ws).toContain(`${ws}/package.json`);
      expect(context.some((p) => p.startsWith(`${ws}/src/`)), ws).toBe(true);
    }
  });

  it('leaves out tests, benchmarks, samples and docs, which no service runs', () => {
    expect(context.filter((p) => /\.test\.ts$|(^|\/)test\//.test(p) || /^(tests|bench|samples|docs|docker)\//.test(p))).toEqual([]);
  });

  it('the Dockerfile prunes with the same turbo as the lockfile, and runs the Node.js that npm scripts run on', () => {
    const dockerfile = readFileSync(resolve(root, 'docker/Dockerfile'), 'utf8');
    const { turbo, node } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).devDependencies;
    expect(dockerfile).toContain(`ARG TURBO_VERSION=${turbo}\n`);
    expect(dockerfile).toContain(`ARG NODE_IMAGE=node:${node}-bookworm-slim\n`);
  });
});
