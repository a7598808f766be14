import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schools } from '../src/subgraph';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';
import {
  auditEntries,
  editedTable,
  encode,
  importBytes,
  importReport,
  sampleBytes,
  sampleOf,
  sql,
  systemOf,
  tableFingerprint,
} from '../../../tests/support/import-helpers';

// The committed samples are cut from the world `npm start` seeds (seed 2014, scale 1); so is this database.
const SCALE = 1;
const KINDS = ['school-register', 'leaving-class-list', 'leaving-results'] as const;
const TABLE = { 'school-register': 'school', 'leaving-class-list': 'leaving_class_entry', 'leaving-results': 'leaver' } as const;
const nextYear = new Date().getUTCFullYear() + 1;

const correctLeaver = `mutation ($input: CorrectLeaverInput!) { correctLeaver(input: $input) { cohortYear leavingDate qualification school { id } } }`;

describe('schools import their leaving-class lists and leaving results', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(schools, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a dry run of a sample checks and counts every row but writes nothing, not even an audit entry', async () => {
    const before = await tableFingerprint(sg, 'leaver');
    const report = await importReport(sg, 'schools', 'leaving-results', sampleBytes('schools', 'leaving-results'), { dryRun: true });
    expect(report).toMatchObject({ status: 'DRY_RUN', ...sampleOf('schools', 'leaving-results').expected, rejected: 0, auditEntryId: null });
    expect(await tableFingerprint(sg, 'leaver')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toEqual([]);
  });

  it.each(KINDS)('the %s sample imports right after the first start: only its corrections change, and one IMPORT entry records the file', async (kind) => {
    const bytes = sampleBytes('schools', kind);
    const sample = sampleOf('schools', kind);
    const report = await importReport(sg, 'schools', kind, bytes);
    expect(report).toMatchObject({ kind, status: 'IMPORTED', ...sample.expected, rejected: 0, errorCount: 0, ignoredColumns: [] });
    expect(report.encoding).toBe(sample.encoding === 'windows-1252' ? 'WINDOWS_1252' : 'UTF8');
    const entry = (await auditEntries(sg, 'IMPORT')).at(-1)!;
    expect(String(entry.id)).toBe(report.auditEntryId);
    expect(entry).toMatchObject({ partner: 'schools', user: 'schools-import-system' });
    expect(entry.detail).toMatchObject({ kind, fileName: `${kind}.csv`, sha256: report.sha256, ...sample.expected, rejected: 0 });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the corrections arrived: an upgraded qualification and a later expected leaving date are stored', async () => {
    const results = sampleOf('schools', 'leaving-results').table.rows;
    const upgraded = results.find((r) => r[4]!.startsWith('qualifizierender'))!;
    const [leaver] = await sql<{ qualification: string }>(sg, 'select qualification from leaver where pseudonym = ? and cohort_year = ?', [upgraded[0], Number(upgraded[2])]);
    expect(leaver!.qualification).toMatch(/_QUALI$/);
  });

  it.each(KINDS)('importing the %s sample a second time changes nothing', async (kind) => {
    const table = TABLE[kind];
    const before = await tableFingerprint(sg, table);
    const report = await importReport(sg, 'schools', kind, sampleBytes('schools', kind));
    const { rows } = sampleOf('schools', kind).expected;
    expect(report).toMatchObject({ status: 'IMPORTED', rows, inserted: 0, updated: 0, unchanged: rows, rejected: 0 });
    expect(await tableFingerprint(sg, table)).toBe(before);
  });

  it('a file with one bad row is rejected whole: nothing written, the row reported by line, column, value and reason', async () => {
    const sample = sampleOf('schools', 'leaving-results');
    const table = editedTable(sample.table, (rows) => {
      rows[0]![4] = 'Realschulabschluss'; // a valid change that must not be written either
      rows[5]![4] = 'Hauptschule';
    });
    const before = await tableFingerprint(sg, 'leaver');
    const imports = (await auditEntries(sg, 'IMPORT')).length;
    const report = await importReport(sg, 'schools', 'leaving-results', encode(table, 'utf8-bom'));
    expect(report).toMatchObject({ status: 'REJECTED', rows: sample.expected.rows, rejected: 1, inserted: 0, updated: 0, unchanged: 0, auditEntryId: null });
    expect(report.errors).toEqual([
      { line: 7, column: 'Abschluss', value: 'Hauptschule', code: 'UNKNOWN_CODE', reason: expect.stringContaining('qualifizierender Hauptschulabschluss') },
    ]);
    expect(await tableFingerprint(sg, 'leaver')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toHaveLength(imports);
  });

  it('quoted fields may hold ";" and line breaks; the report counts the lines as an editor shows them', async () => {
    const sample = sampleOf('schools', 'leaving-class-list');
    const table = editedTable(sample.table, (rows) => {
      rows.forEach((r) => r.push(''));
      rows[0]![5] = 'Nachprüfung; Ergebnis\r\nfolgt';
      rows[2]![4] = '31.02.2025';
    });
    table.header.push('Bemerkung');
    const report = await importReport(sg, 'schools', 'leaving-class-list', encode(table, 'windows-1252'));
    expect(report.status).toBe('REJECTED');
    expect(report.ignoredColumns).toEqual(['Bemerkung']);
    // row 3 of the data starts on line 5: the header, two rows, one of them two lines long
    expect(report.errors).toEqual([expect.objectContaining({ line: 5, column: 'Voraussichtliches Abgangsdatum', value: '31.02.2025', code: 'INVALID_DATE' })]);
  });

  it('Windows-1252 and UTF-8 files with BOM import alike, with umlauts intact', async () => {
    const sample = sampleOf('schools', 'leaving-class-list');
    expect(sample.table.rows.some((r) => r[2]!.includes('Mühlengraben'))).toBe(true);
    const asUtf8 = await importReport(sg, 'schools', 'leaving-class-list', encode(sample.table, 'utf8-bom'));
    expect(asUtf8).toMatchObject({ status: 'IMPORTED', encoding: 'UTF8', unchanged: sample.expected.rows });
    const as1252 = await importReport(sg, 'schools', 'leaving-class-list', encode(sample.table, 'windows-1252'));
    expect(as1252).toMatchObject({ status: 'IMPORTED', encoding: 'WINDOWS_1252', unchanged: sample.expected.rows });

    // A wrong name is reported with its umlauts as the office wrote them.
    const renamed = editedTable(sample.table, (rows) => {
      const i = rows.findIndex((r) => r[2]!.includes('Mühlengraben'));
      rows[i]![2] = 'Gesamtschule am Mühlenbühl';
    });
    const wrong = await importReport(sg, 'schools', 'leaving-class-list', encode(renamed, 'windows-1252'));
    expect(wrong.errors).toEqual([expect.objectContaining({ column: 'Schule', value: 'Gesamtschule am Mühlenbühl', code: 'NAME_MISMATCH' })]);

    // Stated as UTF-8, Windows-1252 bytes are refused with the line that breaks, not read as garbage.
    const forced = await importReport(sg, 'schools', 'leaving-class-list', encode(sample.table, 'windows-1252'), { encoding: 'UTF8' });
    expect(forced.status).toBe('REJECTED');
    expect(forced.errors[0]).toMatchObject({ code: 'INVALID_ENCODING' });
  });

  it('the coming leaving class is inserted, and the school\'s caseworkers read it on the young person', async () => {
    const table = {
      header: ['Pseudonym', 'Schulnummer', 'Abgangsjahr', 'Voraussichtliches Abgangsdatum'],
      rows: [
        ['YNEWPXP000001', 'S010', String(nextYear), `25.06.${nextYear}`],
        ['ynewpxp000002', 's010', String(nextYear), `25.06.${nextYear}`],
      ],
    };
    const report = await importReport(sg, 'schools', 'leaving-class-list', encode(table, 'utf8-bom'));
    expect(report).toMatchObject({ status: 'IMPORTED', inserted: 2, updated: 0, unchanged: 0 });
    const { body } = await sg.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Youth { leavingClass { cohortYear expectedLeavingDate school { id } } } } }`,
      { reps: [{ __typename: 'Youth', pseudonym: 'YNEWPXP000002' }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].leavingClass).toEqual({ cohortYear: nextYear, expectedLeavingDate: `${nextYear}-06-25`, school: { id: 'S010' } });
  });

  it('with skipInvalidRows the valid rows are written and the invalid ones reported as rejected', async () => {
    const table = {
      header: ['Pseudonym', 'Schulnummer', 'Abgangsjahr', 'Voraussichtliches Abgangsdatum'],
      rows: [
        ['YNEWPXP000003', 'S010', String(nextYear), `26.06.${nextYear}`],
        ['YNEWPXP000004', 'S999', String(nextYear), `26.06.${nextYear}`],
        ['YNEWPXP000003', 'S011', String(nextYear), `26.06.${nextYear}`],
      ],
    };
    const report = await importReport(sg, 'schools', 'leaving-class-list', encode(table, 'utf8-bom'), { skip: true });
    expect(report).toMatchObject({ status: 'IMPORTED', rows: 3, inserted: 1, rejected: 2 });
    expect(report.errors.map((e: { line: number; code: string; column: string }) => [e.line, e.column, e.code])).toEqual([
      [3, 'Schulnummer', 'UNKNOWN_SCHOOL'],
      [4, 'Pseudonym + Abgangsjahr', 'DUPLICATE_ROW'],
    ]);
  });

  it('a missing column rejects the file before any row is read', async () => {
    const body = 'Pseudonym;Schulnummer;Abgangsjahr\r\nYNEWPXP000005;S010;2025\r\n';
    const report = await importReport(sg, 'schools', 'leaving-results', Buffer.from(body));
    expect(report).toMatchObject({ status: 'REJECTED', rows: 1, rejected: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ line: 1, column: 'Abgangsdatum', code: 'MISSING_COLUMN' })]);
  });

  it('another partner\'s system and the schools\' own caseworkers may not import; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'leaver');
    const imports = (await auditEntries(sg, 'IMPORT')).length;
    for (const identity of [systemOf('employment'), systemOf('schools', { roles: ['caseworker'] }), systemOf('coordination', { roles: ['admin'] })]) {
      const body = await importBytes(sg, 'schools', 'leaving-results', sampleBytes('schools', 'leaving-results'), { identity });
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(leaksInternals(body.errors)).toBe(false);
    }
    expect(await tableFingerprint(sg, 'leaver')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toHaveLength(imports);
  });
});

describe('schools caseworkers correct a leaver\'s record', () => {
  let sg: TestSubgraph;
  let leaver: { pseudonym: string; cohort_year: number; qualification: string; leaving_date: string; school_id: string };
  beforeAll(async () => {
    sg = await startTestSubgraph(schools, 0.05);
    [leaver] = await sql(sg, `select pseudonym, cohort_year, qualification, leaving_date, school_id from leaver where qualification = 'HAUPT' order by id limit 1`);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a late exam result upgrades the qualification; old and new values and the reason are in the audit trail', async () => {
    const input = { pseudonym: leaver.pseudonym, cohortYear: leaver.cohort_year, qualification: 'HAUPT_QUALI', reason: 'Nachprüfung bestanden' };
    const { body } = await sg.query(correctLeaver, { input }, caseworker('schools'));
    expect(body.errors).toBeUndefined();
    expect(body.data.correctLeaver).toEqual({ cohortYear: leaver.cohort_year, leavingDate: leaver.leaving_date, qualification: 'HAUPT_QUALI', school: { id: leaver.school_id } });
    const [entry] = await auditEntries(sg, 'CHANGE');
    expect(entry).toMatchObject({ partner: 'schools', user: 'schools-caseworker-1', pseudonym: leaver.pseudonym, fields: ['schoolLeaving.qualification'] });
    expect(entry!.detail).toEqual({
      change: 'correctLeaver',
      cohortYear: leaver.cohort_year,
      before: { qualification: 'HAUPT', leavingDate: leaver.leaving_date },
      after: { qualification: 'HAUPT_QUALI', leavingDate: leaver.leaving_date },
      reason: 'Nachprüfung bestanden',
    });
  });

  it.each([
    ['NOTHING_TO_CORRECT', { reason: 'keine Angabe' }],
    ['NOTHING_TO_CORRECT', { qualification: 'HAUPT_QUALI', reason: 'schon korrigiert' }],
    ['LEAVING_DATE_OUTSIDE_COHORT', { leavingDate: '2001-07-01', reason: 'falsches Jahr' }],
    ['LEAVING_DATE_IN_FUTURE', { leavingDateInFuture: true, reason: 'Zukunft' }],
    ['INVALID_REASON', { qualification: 'REAL', reason: ' ok ' }],
    ['INVALID_PSEUDONYM', { pseudonym: 'Y123', qualification: 'REAL', reason: 'Tippfehler' }],
    ['NOT_FOUND', { cohortYear: 2001, qualification: 'REAL', reason: 'falsche Kohorte' }],
  ])('a correction is refused with %s and changes nothing', async (code, over: Record<string, unknown>) => {
    const before = await tableFingerprint(sg, 'leaver');
    const changes = (await auditEntries(sg, 'CHANGE')).length;
    const { leavingDateInFuture, ...rest } = over;
    const input = { pseudonym: leaver.pseudonym, cohortYear: leaver.cohort_year, ...rest };
    if (leavingDateInFuture) Object.assign(input, { cohortYear: nextYear, leavingDate: `${nextYear}-12-31` });
    const { body } = await sg.query(correctLeaver, { input }, caseworker('schools'));
    expect(body.errors[0].extensions.code).toBe(code);
    expect(leaksInternals(body.errors)).toBe(false);
    expect(await tableFingerprint(sg, 'leaver')).toBe(before);
    expect(await auditEntries(sg, 'CHANGE')).toHaveLength(changes);
  });

  it('another partner\'s caseworker, or the schools\' import system, cannot correct; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'leaver');
    const input = { pseudonym: leaver.pseudonym, cohortYear: leaver.cohort_year, qualification: 'ABITUR', reason: 'unberechtigt' };
    for (const identity of [caseworker('employment'), caseworker('coordination'), systemOf('schools')]) {
      const { body } = await sg.query(correctLeaver, { input }, identity);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'leaver')).toBe(before);
  });
});
