import { readFileSync } from 'node:fs';

/** The suffix that names a file holding a variable's value (Docker and Kubernetes secrets). */
export const FILE_SUFFIX = '_FILE';

/**
 * Resolves `<NAME>_FILE=/run/secrets/x` into `<NAME>=<the file's content>`, so that passwords,
 * database URLs and signing secrets can come from mounted secret files instead of the process
 * environment (which `docker inspect`, `/proc/<pid>/environ` and crash reports show). One trailing
 * newline is dropped, as editors and `echo` add it. Only the service's own variables (`names`) are
 * resolved, and never one whose own name ends in `_FILE` (such as a path setting). Naming both
 * `<NAME>` and `<NAME>_FILE`, or a file that cannot be read, is an issue of its own line, never a
 * silent choice.
 */
export function resolveSecretFiles(env: NodeJS.ProcessEnv, names: readonly string[]): { env: NodeJS.ProcessEnv; issues: string[] } {
  const out: NodeJS.ProcessEnv = { ...env };
  const issues: string[] = [];
  for (const name of names) {
    const key = `${name}${FILE_SUFFIX}`;
    const path = env[key];
    if (path === undefined || names.includes(key)) continue;
    delete out[key];
    if (env[name] !== undefined) {
      issues.push(`${key}: ${name} is set as well; set one of them`);
      continue;
    }
    try {
      out[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      issues.push(`${key}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return { env: out, issues };
}
