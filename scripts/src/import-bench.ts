import 'reflect-metadata';
import { benchApplicantsTable, encodeCsv } from '@kassel-hub/datagen';
import { createOrm, migrate, provisionPartnerDatabase } from '@kassel-hub/kit';
import { runImport, type ImportResult } from '@kassel-hub/import';
import { manifests } from '@kassel-hub/registry';
import { startTempPostgres } from './temp-postgres';

/**
 * `npm run import:bench`: how fast a large export imports. Generates an applicants export of
 * 20,000 rows (fresh pseudonyms), imports it into an empty database of the partner that takes it, on a throw-away
 * PostgreSQL, imports it again (nothing to write), then a re-delivery with every hundredth outcome
 * corrected. Prints rows/s per run; `measureImportSpeed` returns the same for the bench harness.
 */
/** The export the benchmark generates (datagen's `benchApplicantsTable`). */
const APPLICANTS = 'applicants';

export interface ImportTiming {
  run: string;
  rows: number;
  ms: number;
  rowsPerSecond: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function measureImportSpeed(rows = 20_000): Promise<ImportTiming[]> {
  const pg = await startTempPostgres();
  try {
    const owner = manifests.find((m) => m.exportKinds.some((k) => k.name === APPLICANTS));
    if (!owner) throw new Error(`no partner in the registry imports the ${APPLICANTS} export`);
    const { database, subgraph } = owner;
    const url = await provisionPartnerDatabase(pg.adminUrl, { database: database.name, role: database.servingRole, password: 'bench' });
    const orm = await createOrm({ databaseUrl: url, entities: subgraph.entities, migrations: subgraph.migrations, extensions: subgraph.extensions });
    try {
      await migrate(orm);
      const kind = owner.exportKinds.find((k) => k.name === APPLICANTS)!;
      const actor = { user: 'bench', partner: owner.name, roles: ['system'] };
      const first = encodeCsv(benchApplicantsTable(rows), 'utf8-bom');
      const corrected = encodeCsv(benchApplicantsTable(rows, 1), 'utf8-bom');
      const timings: ImportTiming[] = [];
      for (const [run, bytes] of [
        ['first import (all new)', first],
        ['same file again (no-op)', first],
        ['corrected re-delivery (1 % changed)', corrected],
      ] as const) {
        const started = process.hrtime.bigint();
        const r: ImportResult = await runImport(orm.em.fork(), kind, { bytes, fileName: 'bench-applicants.csv' }, actor);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (r.status !== 'IMPORTED') throw new Error(`${run}: ${r.status} (${r.errors[0]?.reason ?? 'no error'})`);
        timings.push({ run, rows: r.rows, ms: Math.round(ms), rowsPerSecond: Math.round(r.rows / (ms / 1000)), inserted: r.inserted, updated: r.updated, unchanged: r.unchanged });
      }
      return timings;
    } finally {
      await orm.close(true);
    }
  } finally {
    await pg.stop();
  }
}

if (require.main === module) {
  measureImportSpeed(Number(process.argv[2] ?? 20_000)).then(
    (timings) => {
      for (const t of timings) {
        process.stdout.write(
          `${t.run.padEnd(38)} ${t.rows.toLocaleString('en-US')} rows in ${(t.ms / 1000).toFixed(2)} s = ${t.rowsPerSecond.toLocaleString('en-US')} rows/s ` +
            `(${t.inserted} inserted, ${t.updated} updated, ${t.unchanged} unchanged)\n`,
        );
      }
      process.exit(0);
    },
    (err: Error) => {
      process.stderr.write(`${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
