import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartnerNames } from './new-partner-names';

/**
 * The one registry line of a new partner: its manifest imported and listed in the registry
 * (packages/registry/src/manifests.ts), with the package dependency and project reference that
 * let the registry import it. Everything else derives from the registry (`npm run generate`).
 */
export class RegistryEditError extends Error {
  readonly code = 'REGISTRY_EDIT_FAILED';
}

const manifestIdent = (n: PartnerNames) => `${n.ident}Manifest`;

/** manifests.ts with the partner imported after the last import and appended to the list. */
export function withManifest(source: string, n: PartnerNames): string {
  const id = manifestIdent(n);
  if (source.includes(`'${n.packageName}'`)) throw new RegistryEditError(`${n.packageName} is registered already`);
  const imports = [...source.matchAll(/^import .*;\n/gm)];
  const last = imports.at(-1);
  const list = /(export const manifests\b[^=]*=\s*\[)([^\]]*)(\])/.exec(source);
  if (!last || !list) throw new RegistryEditError('manifests.ts has no imports or no `export const manifests = [...]`');
  const entries = list[2].trim();
  const listed = source.replace(list[0], `${list[1]}${entries ? `${entries.replace(/,\s*$/, '')}, ` : ''}${id}${list[3]}`);
  const at = last.index! + last[0].length;
  // The list follows the imports, so inserting the import after the list edit keeps `at` valid.
  return `${listed.slice(0, at)}import { ${id} } from '${n.packageName}';\n${listed.slice(at)}`;
}

/** package.json of the registry with the partner's package as a dependency. */
export function withDependency(source: string, n: PartnerNames): string {
  const pkg = JSON.parse(source) as { dependencies?: Record<string, string> };
  pkg.dependencies = { ...pkg.dependencies, [n.packageName]: '0.1.0' };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** tsconfig.json of the registry with a project reference to the partner's workspace. */
export function withReference(source: string, n: PartnerNames): string {
  const m = /("references"\s*:\s*\[)([\s\S]*?)(\n?\s*\])/.exec(source);
  if (!m) throw new RegistryEditError('tsconfig.json has no references');
  const indent = /\n(\s*)\{/.exec(m[2])?.[1] ?? '    ';
  const entry = `{ "path": "../../subgraphs/${n.name}" }`;
  const body = m[2].replace(/\s*$/, '');
  return source.replace(m[0], `${m[1]}${body}${body.trim() ? ',' : ''}\n${indent}${entry}${m[3]}`);
}

/** Writes the registry line and its two companions into the repository at `root`. */
export function registerPartner(root: string, n: PartnerNames): string[] {
  const edits: [string, (s: string, n: PartnerNames) => string][] = [
    ['packages/registry/src/manifests.ts', withManifest],
    ['packages/registry/package.json', withDependency],
    ['packages/registry/tsconfig.json', withReference],
  ];
  // All edits are computed before any is written, so a failing one leaves the registry as it was.
  const results = edits.map(([path, edit]) => [path, edit(readFileSync(join(root, path), 'utf8'), n)] as const);
  for (const [path, content] of results) writeFileSync(join(root, path), content);
  return results.map(([path]) => path);
}
