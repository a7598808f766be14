import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The workspace folders of the repository, its package.json globs (`subgraphs/*`) expanded to the folders that hold a package.json. */
export function workspaceDirs(root: string): string[] {
  const globs: string[] = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).workspaces;
  const dirs = globs.flatMap((ws) => {
    if (!ws.endsWith('/*')) return [ws];
    const parent = ws.slice(0, -2);
    return readdirSync(resolve(root, parent))
      .map((n) => `${parent}/${n}`)
      .filter((d) => existsSync(resolve(root, d, 'package.json')));
  });
  return [...new Set(dirs)];
}
