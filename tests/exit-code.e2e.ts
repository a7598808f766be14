import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode, type CommandResult } from './support/command';

const ROOT = resolve(__dirname, '..');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const TIERS = ['unit', 'subgraph', 'e2e'] as const;

/**
 * The project's own vitest configuration, with each tier's `include` narrowed to one throw-away file
 * in a temp folder: the tier keeps its global setup (the embedded PostgreSQL of the subgraph and
 * end-to-end tiers), which is what once turned a failed run into exit code 0.
 */
function configFor(dir: string): string {
  return `import base from ${JSON.stringify(join(ROOT, 'vitest.config.mts'))};
const projects = (base as any).test.projects.map((p: any) => ({
  ...p,
  test: { ...p.test, globals: true, include: [${JSON.stringify(dir)} + '/' + p.test.name + '.check.ts'] },
}));
export default { ...base, root: ${JSON.stringify(ROOT)}, test: { projects } };
`;
}

/** Runs vitest as `npm test` does, on one tier; the exit code and what it printed. */
function runVitest(config: string, tier: string): Promise<CommandResult> {
  // The outer run's VITEST_* variables would make the inner vitest think it is a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && v !== undefined)) as Record<string, string>;
  return runNode(VITEST, ['run', '--config', config, '--project', tier], env, { cwd: ROOT });
}

describe('npm test fails when a test fails, in every tier', () => {
  let dir: string;
  let config: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hub-exit-code-'));
    config = join(dir, 'vitest.config.mts');
    await writeFile(config, configFor(dir));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const write = (tier: string, body: string) => writeFile(join(dir, `${tier}.check.ts`), body);

  for (const tier of TIERS) {
    it(`a failing ${tier} test makes the run exit non-zero, and a passing one exits 0`, async () => {
      await write(tier, `it('fails on purpose', () => { expect(1 + 1).toBe(3); });\n`);
      const failed = await runVitest(config, tier);
      expect(failed.out).toMatch(/1 failed/);
      expect(failed.code, failed.out.slice(-2000)).toBe(1);

      // The control: the same tier and setup with a passing test, so the check above can tell.
      await write(tier, `it('passes', () => { expect(1 + 1).toBe(2); });\n`);
      const passed = await runVitest(config, tier);
      expect(passed.out).toMatch(/1 passed/);
      expect(passed.code, passed.out.slice(-2000)).toBe(0);
    });
  }
});
