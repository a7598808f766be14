import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataCategory } from '@kassel-hub/kit';
import { generatePartner } from './new-partner-generate';
import { subgraphs } from './registry';

/**
 * `npm run new:partner -- <camelCaseName> --title "<who>" --category <DATA_CATEGORY> [--port <n>]`
 * writes a partner's subgraph workspace (subgraphs/<name>/): an entity keyed by pseudonym, its
 * resolver, reference, loader, migration, seed hook, manifest, a unit and a subgraph test.
 */
const usage = 'usage: npm run new:partner -- <camelCaseName> --title "<who the partner is>" --category <DATA_CATEGORY> [--port <n>]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, category: { type: 'string' }, port: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.title || !values.category) throw new Error(usage);
  const categories = Object.values(DataCategory) as string[];
  if (!categories.includes(values.category)) {
    throw new Error(`--category ${values.category} is not a data category (${categories.join(', ')}); add it to the kit's DataCategory first`);
  }
  const taken = subgraphs.map((s) => s.defaultPort);
  const port = values.port ? Number(values.port) : Math.max(...taken) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535 || taken.includes(port)) throw new Error(`--port ${values.port} is not a free port number`);
  const root = resolve(__dirname, '../..');
  const { names, folder, files } = generatePartner({ name: positionals[0], title: values.title, port, category: values.category, root });
  process.stdout.write(`wrote ${files.length} files into ${folder}\n`);
  process.stdout.write(`partner "${names.name}" (${names.packageName}) on port ${port}; next: npm install, register it, npm run schema, npm test\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
