import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generate } from '../generate';
import { encodeCsv } from './german-csv';
import { samplePath } from './sample-export';
import { SAMPLE_WORLD, buildSamples } from './samples';

/**
 * `npm run samples`: writes samples/<partner>/<kind>.csv, the sample exports a newcomer can import
 * right after `npm start` (see docs/imports.md, "Samples"). The files are committed; a
 * test fails when they no longer match what the generator writes.
 */
export const samplesDir = resolve(__dirname, '../../../samples');

function main() {
  for (const s of buildSamples(generate(SAMPLE_WORLD))) {
    const file = join(samplesDir, samplePath(s));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, encodeCsv(s.table, s.encoding));
    const { rows, inserted, updated, unchanged } = s.expected;
    process.stdout.write(`wrote samples/${samplePath(s)} (${s.encoding}, ${rows} rows: ${unchanged} as seeded, ${updated} corrected, ${inserted} new)\n`);
  }
}

if (require.main === module) main();
