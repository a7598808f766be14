import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file naming the release the schema is compared with; see the comment lines in it. */
export const PREVIOUS_RELEASE_FILE = 'previous-release';

/** The previous release named in a clone lacks it, or git cannot read it: the check cannot run. */
export class PreviousReleaseError extends Error {
  readonly code = 'PREVIOUS_RELEASE_MISSING';
}

/** The git ref in `schema/previous-release`: its first line that is neither empty nor a `#` comment. */
export function readPreviousReleaseRef(schemaDir: string): string {
  const path = join(schemaDir, PREVIOUS_RELEASE_FILE);
  const ref = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#'));
  if (!ref) throw new PreviousReleaseError(`schema/${PREVIOUS_RELEASE_FILE} names no git ref`);
  return ref;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The schema files (`supergraph.graphql`, `subgraphs/<name>.graphql`) as the release `ref` committed
 * them, read with `git show`. A clone without that commit (a shallow CI checkout) fails with how to
 * fetch it: passing without the comparison would let a breaking change through unnoticed.
 */
export function readReleasedSchemaFiles(schemaDir: string, ref: string): Map<string, string> {
  let commit: string;
  try {
    commit = git(schemaDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new PreviousReleaseError(
      `the previous release "${ref}" (schema/${PREVIOUS_RELEASE_FILE}) is not in this clone, so the schema cannot be compared with it.\n` +
        `Fetch it: git fetch origin ${ref}   (or clone with full history: git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)`,
    );
  }
  const files = new Map<string, string>();
  // Paths relative to schema/, wherever the repository's root is.
  const listed = git(schemaDir, ['ls-tree', '-r', '--name-only', commit, '--', '.']).split('\n');
  for (const rel of listed.filter((p) => p.endsWith('.graphql'))) {
    files.set(rel, git(schemaDir, ['show', `${commit}:./${rel}`]));
  }
  if (!files.has('supergraph.graphql')) throw new PreviousReleaseError(`the previous release "${ref}" has no schema/supergraph.graphql`);
  return files;
}
