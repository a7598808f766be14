import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { manifests } from '@kassel-hub/registry';
import { generatedFiles } from './generate/outputs';

/** `npm run generate`: writes every file derived from the partner registry. */
const root = resolve(__dirname, '../..');
for (const file of generatedFiles(manifests)) {
  const path = resolve(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  process.stdout.write(`wrote ${file.path}\n`);
}
