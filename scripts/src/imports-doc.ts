import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnyExportKind, Presence } from '@kassel-hub/import';
import { exportKinds } from './import';

/**
 * docs/imports.md: the import guide. Its reference part, one section per export kind with its
 * columns, is written from the kinds themselves (title, description, key, columns), so the guide
 * cannot drift from what the import code accepts; the prose around it is edited by hand.
 * `npm run docs` rewrites that part, `npm run docs -- --check` (and a test) fails when it is stale.
 */
export const importsDocPath = resolve(__dirname, '../../docs/imports.md');

const BEGIN = '<!-- export kinds: written by `npm run docs` from each kind\'s title, description, key and columns; edit those, not this part -->';
const END = '<!-- end of the export kinds -->';

const PRESENCE: Record<Presence, string> = {
  required: 'required',
  nullable: 'column required, value may be empty',
  optional: 'optional column',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function renderKind(partner: string, kind: AnyExportKind): string {
  const headerOf = (field: string) => kind.columns.find((c) => c.field === field)?.header ?? field;
  const key = kind.key.map((f: string) => `\`${headerOf(f)}\``).join(' + ');
  const rows = kind.columns.map((c) => {
    const aliases = c.aliases?.length ? ` Also: ${c.aliases.map((a) => `\`${a}\``).join(', ')}.` : '';
    return `| ${cell(c.header)} | ${PRESENCE[c.presence]} | ${cell(c.doc + aliases)} |`;
  });
  return [
    `### ${partner}: \`${kind.name}\``,
    '',
    `*${sentence(kind.title)}* ${sentence(kind.description)} Key: ${key}.`,
    '',
    '| Column | Presence | Content |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The generated part: per partner, each export kind with its columns. */
export function renderExportKinds(kindsByPartner: Readonly<Record<string, readonly AnyExportKind[]>>): string {
  return Object.entries(kindsByPartner)
    .map(([partner, kinds]) => [`## ${partner}`, ...kinds.map((k) => renderKind(partner, k))].join('\n\n'))
    .join('\n\n');
}

/** `doc` with the part between the markers replaced by `generated`. */
export function withExportKinds(doc: string, generated: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/imports.md lacks the markers of its generated part:\n${BEGIN}\n${END}`);
  return `${doc.slice(0, start + BEGIN.length)}\n\n${generated}\n\n${doc.slice(end)}`;
}

/** docs/imports.md as `npm run docs` writes it. */
export function generatedImportsDoc(): string {
  return withExportKinds(readFileSync(importsDocPath, 'utf8'), renderExportKinds(exportKinds));
}

function main() {
  const next = generatedImportsDoc();
  const stale = readFileSync(importsDocPath, 'utf8') !== next;
  if (process.argv.includes('--check')) {
    process.stdout.write(stale ? 'docs/imports.md is stale (run npm run docs)\n' : 'docs/imports.md is up to date\n');
    if (stale) process.exit(1);
  } else if (stale) {
    writeFileSync(importsDocPath, next);
    process.stdout.write('wrote docs/imports.md\n');
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
