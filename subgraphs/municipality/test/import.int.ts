import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipality } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { auditEntries, editedTable, encode, importBytes, importReport, sampleBytes, sampleOf, sql, systemOf, tableFingerprint } from '../../../tests/support/import-helpers';

// The committed samples are cut from the world `npm start` seeds (seed 2014, scale 1); so is this database.
const SCALE = 1;
const KIND = 'transition-cases';

describe('the city imports its transition managers\' cases', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(municipality, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('an administrator\'s dry run counts the sample\'s corrections and writes nothing', async () => {
    const before = await tableFingerprint(sg, 'transition_case');
    const report = await importReport(sg, 'municipality', KIND, sampleBytes('municipality', KIND), { dryRun: true, identity: systemOf('municipality', { roles: ['admin'] }) });
    expect(report).toMatchObject({ status: 'DRY_RUN', ...sampleOf('municipality', KIND).expected });
    expect(await tableFingerprint(sg, 'transition_case')).toBe(before);
  });

  it('the sample imports right after the first start: three cases get closed, one IMPORT entry records it; a second import changes nothing', async () => {
    const sample = sampleOf('municipality', KIND);
    const first = await importReport(sg, 'municipality', KIND, sampleBytes('municipality', KIND));
    expect(first).toMatchObject({ status: 'IMPORTED', encoding: 'WINDOWS_1252', ...sample.expected, rejected: 0 });
    const closed = sample.table.rows.filter((r) => r[6] === `30.09.2025`);
    expect(closed).toHaveLength(3);
    const stored = await sql<{ closed_on: string; outcome: string }>(sg, 'select closed_on, outcome from transition_case where id in (?)', [closed.map((r) => r[0])]);
    expect(stored.every((s) => s.closed_on === '2025-09-30' && s.outcome !== null)).toBe(true);
    const [entry] = await auditEntries(sg, 'IMPORT');
    expect(entry).toMatchObject({ partner: 'municipality', fields: expect.arrayContaining(['TransitionCase.closedOn', 'TransitionCase.outcome']) });
    expect(entry!.detail).toMatchObject({ kind: KIND, sha256: first.sha256, updated: 3 });

    const before = await tableFingerprint(sg, 'transition_case');
    const second = await importReport(sg, 'municipality', KIND, sampleBytes('municipality', KIND));
    expect(second).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: sample.expected.rows });
    expect(await tableFingerprint(sg, 'transition_case')).toBe(before);
  });

  it('umlauts survive either encoding: "Übergangsbereich" and "Süsterfeld/Helleböhn" read the same from Windows-1252 and UTF-8', async () => {
    const sample = sampleOf('municipality', KIND);
    expect(sample.table.rows.some((r) => r[7] === 'Übergangsbereich')).toBe(true);
    expect(sample.table.rows.some((r) => /[äöü]/.test(r[4]!))).toBe(true);
    const asUtf8 = await importReport(sg, 'municipality', KIND, encode(sample.table, 'utf8-bom'));
    expect(asUtf8).toMatchObject({ status: 'IMPORTED', encoding: 'UTF8', unchanged: sample.expected.rows });
  });

  it('a file with one bad row is rejected whole; each problem names its line and column', async () => {
    const sample = sampleOf('municipality', KIND);
    const openAt = sample.table.rows.findIndex((r) => r[6] === '');
    const other = sample.table.rows.find((r, i) => i !== openAt && r[1] !== sample.table.rows[openAt]![1])!;
    const table = editedTable(sample.table, (rows) => {
      rows[openAt]![6] = '15.08.2025'; // closed, but without an outcome
      rows[1]![2] = 'S003'; // a school without transition managers
      rows[2]![1] = 'YAAAAAAAAAAAA'; // never issued
      rows[3]![4] = rows[3]![4] === 'Mitte' ? 'Wesertor' : 'Mitte';
      rows[4]![1] = other[1]!; // the case belongs to someone else (the district is left out: it would catch this first)
      rows[4]![4] = '';
      rows[5]![3] = 'Frau Schmidt';
    });
    const before = await tableFingerprint(sg, 'transition_case');
    const report = await importReport(sg, 'municipality', KIND, encode(table, 'windows-1252'));
    expect(report.status).toBe('REJECTED');
    const found = report.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [openAt + 2, 'Ergebnis', 'OUTCOME_REQUIRED'],
        [3, 'Schulnummer', 'NO_TRANSITION_MANAGER'],
        [4, 'Pseudonym', 'UNKNOWN_PSEUDONYM'],
        [5, 'Stadtteil', 'DISTRICT_MISMATCH'],
        [6, 'Pseudonym', 'CASE_OF_ANOTHER_PERSON'],
        [7, 'Übergangsmanager', 'INVALID_MANAGER'],
      ]),
    );
    expect(await tableFingerprint(sg, 'transition_case')).toBe(before);
  });

  it('other partners\' systems and the city\'s caseworkers may not import; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'transition_case');
    const imports = (await auditEntries(sg, 'IMPORT')).length;
    for (const identity of [systemOf('schools'), systemOf('coordination'), systemOf('municipality', { roles: ['caseworker'] })]) {
      const body = await importBytes(sg, 'municipality', KIND, sampleBytes('municipality', KIND), { identity });
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'transition_case')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toHaveLength(imports);
  });
});

describe('the statistics office delivers the district table', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(municipality, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the sample updates the one district with newer figures; a second import changes nothing', async () => {
    const sample = sampleOf('municipality', 'districts');
    const first = await importReport(sg, 'municipality', 'districts', sampleBytes('municipality', 'districts'));
    expect(first).toMatchObject({ status: 'IMPORTED', encoding: 'WINDOWS_1252', ...sample.expected, rejected: 0 });
    const [revised] = await sql<{ name: string; population: number; unemployment_rate: number }>(sg, `select name, population, unemployment_rate from district where code = '11'`);
    const row = sample.table.rows.find((r) => r[0] === '11')!;
    expect(revised).toEqual({ name: 'Nord-Holland', population: Number(row[2]), unemployment_rate: Number(row[4]!.replace(',', '.')) });

    const before = await tableFingerprint(sg, 'district');
    expect(await importReport(sg, 'municipality', 'districts', sampleBytes('municipality', 'districts'))).toMatchObject({ status: 'IMPORTED', updated: 0, unchanged: 23 });
    expect(await tableFingerprint(sg, 'district')).toBe(before);
  });

  it('a wrong code, a name of another district or impossible figures reject the file; the table stays as it was', async () => {
    const sample = sampleOf('municipality', 'districts');
    const table = editedTable(sample.table, (rows) => {
      rows[0]![0] = '0'; // no district 00
      rows[1]![1] = 'Mitte'; // the name of 01 on 02
      rows[2]![3] = String(Number(rows[2]![2]) + 1); // more under 25 than residents
      rows[3]![6] = '100,5';
      rows[4]![2] = 'viele';
    });
    const before = await tableFingerprint(sg, 'district');
    const report = await importReport(sg, 'municipality', 'districts', encode(table, 'windows-1252'));
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code])).toEqual([
      [2, 'Stadtteil-Nr.', 'UNKNOWN_DISTRICT'],
      [3, 'Stadtteil', 'NAME_MISMATCH'],
      [4, 'unter 25 Jahre', 'UNDER25_EXCEEDS_POPULATION'],
      [5, 'Ausländeranteil', 'OUT_OF_RANGE'],
      [6, 'Einwohner', 'INVALID_NUMBER'],
    ]);
    expect(await tableFingerprint(sg, 'district')).toBe(before);
  });
});
