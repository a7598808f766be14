import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Tests run the TypeScript sources of every workspace, never a stale dist/.
const root = dirname(fileURLToPath(import.meta.url));
const src = (p: string) => resolve(root, p);
function partnerAliases(): Record<string, string> {
  const names = readdirSync(src('subgraphs')).filter((n) => existsSync(src(`subgraphs/${n}/src/${n}.manifest.ts`)));
  return Object.fromEntries(names.map((n) => [`@kassel-hub/${n}`, src(`subgraphs/${n}/src/${n}.manifest.ts`)]));
}
const alias = {
  // One graphql instance: vite would pick the ESM build while Apollo and type-graphql load the
  // CommonJS one, and errors and schemas from two realms fail every instanceof check.
  graphql: src('node_modules/graphql/index.js'),
  '@kassel-hub/protocol': src('packages/protocol/src/index.ts'),
  '@kassel-hub/reference': src('packages/reference/src/index.ts'),
  '@kassel-hub/telemetry': src('packages/telemetry/src/index.ts'),
  '@kassel-hub/kit': src('packages/kit/src/index.ts'),
  '@kassel-hub/governance': src('packages/governance/src/index.ts'),
  '@kassel-hub/import': src('packages/import/src/index.ts'),
  '@kassel-hub/manifest': src('packages/manifest/src/index.ts'),
  '@kassel-hub/datagen': src('datagen/src/index.ts'),
  '@kassel-hub/gateway': src('gateway/src/server.ts'),
  '@kassel-hub/registry': src('packages/registry/src/index.ts'),
  // Each partner's package is its manifest (subgraphs/<name>/src/<name>.manifest.ts).
  ...partnerAliases(),
};

// SWC emits the decorator metadata that type-graphql and MikroORM read at run time.
const plugins = [swc.vite({ module: { type: 'es6' } })];
const setupFiles = ['reflect-metadata'];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: { name: 'unit', include: ['**/src/**/*.test.ts', 'deploy/**/*.test.ts'], exclude: ['**/node_modules/**', '**/dist/**'], setupFiles },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'subgraph',
          include: ['subgraphs/*/test/**/*.int.ts', 'packages/*/test/**/*.int.ts'],
          setupFiles,
          globalSetup: ['tests/support/postgres.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.ts'],
          setupFiles,
          globalSetup: ['tests/support/postgres.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
