import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchStack } from './stack';
import { ROOT } from './stack';

/** Another commit of the hub, checked out and built beside this one, to run as a bench target. */
export interface Baseline {
  ref: string;
  commit: string;
  dir: string;
  /** That commit's own bench stack (its PostgreSQL, its subgraphs, seeded by its own code). */
  startStack(scale: number): Promise<BenchStack>;
  /** That commit's gateway child script. */
  gatewayScript: string;
}

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim();

/**
 * Checks `ref` out in a git worktree of its own (`git worktree add --detach`) under the temp folder,
 * installs it from its lockfile (`npm ci`) and builds it as `npm run bench` would (`turbo run
 * build`, `tsc -b bench`). The worktree is named by the commit and kept, so that the next run
 * against the same commit starts at once; `git worktree remove <dir>` drops it.
 */
export function prepareBaseline(ref: string, log: (m: string) => void): Baseline {
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], ROOT);
  const dir = join(tmpdir(), `hub-bench-baseline-${commit.slice(0, 12)}`);
  const built = join(dir, 'bench/dist/.built');
  if (!existsSync(built)) {
    if (!existsSync(join(dir, '.git'))) {
      log(`baseline ${ref} (${commit.slice(0, 12)}): git worktree in ${dir}`);
      run('git', ['worktree', 'add', '--detach', '--force', dir, commit], ROOT);
    }
    log('baseline: npm ci (a few minutes)');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    log('baseline: build');
    run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], dir);
    run('npx', ['tsc', '-b', 'bench'], dir);
    run('touch', [built], dir);
  } else {
    log(`baseline ${ref} (${commit.slice(0, 12)}): built before in ${dir}`);
  }
  return {
    ref,
    commit,
    dir,
    gatewayScript: join(dir, 'bench/dist/hive-child.js'),
    startStack(scale) {
      // Its own modules, resolved from its own node_modules: the baseline's kit, subgraphs and seed.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(dir, 'bench/dist/stack.js')) as { startBenchStack(scale: number): Promise<BenchStack> };
      return mod.startBenchStack(scale);
    },
  };
}
