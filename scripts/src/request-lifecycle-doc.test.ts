import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const doc = readFileSync(resolve(root, 'docs/request-lifecycle.md'), 'utf8');

/** Every `file` the page names in backticks: a path from the repository's root, or a bare file name. */
function namedFiles(text: string): string[] {
  return [...text.matchAll(/`([\w./-]+\.(?:ts|graphql|md))`/g)].map((m) => m[1]!);
}

describe('docs/request-lifecycle.md names the files that do each step', () => {
  it('every file it names exists (a moved file fails here, so the page moves with it)', () => {
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').map((p) => basename(p)));
    const files = namedFiles(doc);
    expect(files.length).toBeGreaterThan(20);
    const missing = files.filter((f) => (f.includes('/') ? !existsSync(resolve(root, f)) : !tracked.has(f)));
    expect(missing).toEqual([]);
  });

  it('a file that does not exist is caught', () => {
    const files = namedFiles('see `gateway/src/auth/no-such.plugin.ts`');
    expect(files.filter((f) => !existsSync(resolve(root, f)))).toEqual(['gateway/src/auth/no-such.plugin.ts']);
  });
});
