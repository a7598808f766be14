import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { manifests, partnerNames } from '@kassel-hub/registry';
import { generatedFiles, PARTNER_FOLDERS } from './generate/outputs';

/**
 * `npm run generate`: writes every file derived from the partner registry (the kit's partner
 * directory, the deployment files' partner regions, one Kubernetes folder per partner) and removes
 * the folders of partners no longer registered.
 */
const root = resolve(__dirname, '../..');
for (const file of generatedFiles(manifests, root)) {
  const path = resolve(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  process.stdout.write(`wrote ${file.path}\n`);
}
for (const folder of PARTNER_FOLDERS) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => !partnerNames.includes(n))) {
    rmSync(join(dir, name), { recursive: true });
    process.stdout.write(`removed ${folder}/${name} (no longer in the registry)\n`);
  }
}
