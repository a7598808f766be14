import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PartnerManifest } from '@kassel-hub/manifest';
import { manifests } from '@kassel-hub/registry';
import { generatePartner } from './new-partner-generate';
import { registerPartner } from './new-partner-register';
import { categoryDescription, firstConsentRelease } from './new-partner-templates';
import { generatedFiles } from './generate/outputs';

/**
 * `npm run new:partner -- <camelCaseName> --title "<who>" --category <DATA_CATEGORY> [--port <n>]`
 * writes a partner's subgraph workspace (subgraphs/<name>/: an entity keyed by pseudonym, its
 * resolver, reference, loader, migration, seed hook, manifest, a unit and a subgraph test), its one
 * line in the registry, and the files the registry derives (`npm run generate`), so that the hub
 * composes, starts and tests it after `npm install`.
 */
const usage = 'usage: npm run new:partner -- <camelCaseName> --title "<who the partner is>" --category <NEW_DATA_CATEGORY> [--port <n>]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, category: { type: 'string' }, port: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.title || !values.category) throw new Error(usage);
  const category = values.category;
  if (!/^[A-Z][A-Z0-9_]{2,40}$/.test(category)) throw new Error(`--category ${category} must be an upper-case name like YOUTH_WELFARE_MEASURES`);
  const owner = manifests.find((m) => category in m.categories);
  if (owner) throw new Error(`--category ${category} is owned by ${owner.name} already; every category has one owner`);
  const taken = manifests.map((m) => m.defaultPort);
  const port = values.port ? Number(values.port) : Math.max(...taken) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535 || taken.includes(port)) throw new Error(`--port ${values.port} is not a free port number`);
  const root = resolve(__dirname, '../..');
  const { names, folder, files } = generatePartner({ name: positionals[0], title: values.title, port, category, root });
  const registered = registerPartner(root, names);
  // What `npm run generate` writes once the new workspace builds; the workspace needs its category
  // in the partner directory to build at all, so the same files are written now from the manifest it got.
  const pending = {
    name: names.name,
    title: values.title,
    defaultPort: port,
    database: { name: names.name, ownerRole: `${names.name}_owner`, servingRole: names.name },
    categories: { [category]: categoryDescription(values.title) },
    consentReleases: [firstConsentRelease(category)],
    monitoringReaders: [],
    adopts: [],
    statutoryReleases: [],
    exportKinds: [],
  } as unknown as PartnerManifest;
  const derived = generatedFiles([...manifests, pending], root);
  for (const file of derived) {
    mkdirSync(dirname(resolve(root, file.path)), { recursive: true });
    writeFileSync(resolve(root, file.path), file.content);
  }
  process.stdout.write(`wrote ${files.length} files into ${folder}\n`);
  process.stdout.write(`registered ${names.name} in ${registered.join(', ')}\n`);
  process.stdout.write(`wrote ${derived.length} files derived from the registry\n`);
  process.stdout.write(
    `partner "${names.name}" (${names.packageName}) on port ${port}; next: npm install && npm run schema && npx vitest run subgraphs/${names.name}\n` +
      `(a consent can name ${category} once the consent register's data_category type has it: a migration of the register)\n`,
  );
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
