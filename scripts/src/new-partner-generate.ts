import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { partnerNames, type PartnerNames } from './new-partner-names';
import { workspaceFiles } from './new-partner-templates';
import { testFiles } from './new-partner-test-templates';

export interface GeneratePartnerOptions {
  /** Camel-case name, e.g. `youthWelfare`. */
  name: string;
  title: string;
  port: number;
  /** A `DataCategory` value the partner's person-level field belongs to. */
  category: string;
  /** The repository root (for the relative paths to the kit, the generator and the test support). */
  root: string;
  /** Where the workspace goes; `<root>/subgraphs/<name>` by default. */
  folder?: string;
  /** When the first migration is dated (its name); now by default. */
  now?: Date;
}

export interface GeneratedPartner {
  names: PartnerNames;
  folder: string;
  /** Written files, relative to `folder`. */
  files: string[];
}

export class PartnerExistsError extends Error {
  readonly code = 'PARTNER_EXISTS';
}

/** `Migration20261203151500`, as `npm run migration` names them. */
export const migrationName = (d: Date) => `Migration${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}`;

/** Relative path with forward slashes, starting with `./` or `../` (for tsconfig and imports). */
function rel(from: string, to: string): string {
  const r = relative(from, to).split(sep).join('/');
  return r.startsWith('.') ? r : `./${r}`;
}

/** Writes a new partner's workspace; refuses to overwrite an existing folder. */
export function generatePartner(o: GeneratePartnerOptions): GeneratedPartner {
  const names = partnerNames(o.name);
  const folder = o.folder ?? join(o.root, 'subgraphs', names.name);
  if (existsSync(folder)) throw new PartnerExistsError(`${folder} exists already; a partner is generated once`);
  const input = {
    names,
    title: o.title,
    port: o.port,
    category: o.category,
    migrationName: migrationName(o.now ?? new Date()),
    baseTsconfig: rel(folder, join(o.root, 'tsconfig.base.json')),
    packagesFolder: rel(folder, join(o.root, 'packages')),
    datagenFolder: rel(folder, join(o.root, 'datagen')),
    testSupport: rel(join(folder, 'test'), join(o.root, 'tests/support')),
  };
  const files = new Map([...workspaceFiles(input), ...testFiles(input)]);
  for (const [path, content] of files) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { names, folder, files: [...files.keys()] };
}
