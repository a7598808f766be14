import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employment } from '../src/subgraph';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';
import { auditEntries, editedTable, encode, importBytes, importReport, sampleBytes, sampleOf, sql, systemOf, tableFingerprint } from '../../../tests/support/import-helpers';

// The committed samples are cut from the world `npm start` seeds (seed 2014, scale 1); so is this database.
const SCALE = 1;
const KINDS = [
  ['applicants', 'applicant'],
  ['vacancies', 'vacancy'],
] as const;

const recordContact = `mutation ($input: RecordGuidanceContactInput!) { recordGuidanceContact(input: $input) { id date channel wish { kldb } school { id } } }`;

describe('the employment agency imports its applicant and vacancy extracts', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(employment, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it.each(KINDS)('the %s sample imports right after the first start, and a second import changes nothing', async (kind, table) => {
    const sample = sampleOf('employment', kind);
    const first = await importReport(sg, 'employment', kind, sampleBytes('employment', kind));
    expect(first).toMatchObject({ kind, status: 'IMPORTED', ...sample.expected, rejected: 0, errorCount: 0 });
    const entry = (await auditEntries(sg, 'IMPORT')).at(-1)!;
    expect(entry.detail).toMatchObject({ kind, sha256: first.sha256, ...sample.expected });
    expect(entry.fields.length).toBeGreaterThan(0);

    const before = await tableFingerprint(sg, table);
    const second = await importReport(sg, 'employment', kind, sampleBytes('employment', kind));
    expect(second).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: sample.expected.rows });
    expect(await tableFingerprint(sg, table)).toBe(before);
  });

  it('corrected outcomes and late vacancies are stored under the agency\'s natural keys', async () => {
    const corrected = sampleOf('employment', 'applicants').table.rows.filter((r) => r[5] === 'andere ehemalige Bewerber');
    const stored = await sql<{ outcome: string }>(sg, 'select outcome from applicant where pseudonym in (?) and report_year = ?', [corrected.map((r) => r[0]), 2025]);
    expect(stored.every((s) => s.outcome === 'OTHER_FORMER')).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(3);
    const late = sampleOf('employment', 'vacancies').table.rows.slice(-2);
    const [v] = await sql<{ n: number }>(sg, 'select count(*)::int as n from vacancy where company_id = ? and occupation_kldb = ? and report_year = 2025 and places = 2', [late[0]![0], late[0]![2]]);
    expect(v!.n).toBe(1);
  });

  it('a file with one bad row is rejected whole: nothing written, the row reported by line, column, value and reason', async () => {
    const sample = sampleOf('employment', 'applicants');
    const table = editedTable(sample.table, (rows) => {
      rows[1]![5] = 'unversorgt';
      rows[9]![3] = '6210';
    });
    const before = await tableFingerprint(sg, 'applicant');
    const imports = (await auditEntries(sg, 'IMPORT')).length;
    const report = await importReport(sg, 'employment', 'applicants', encode(table, 'utf8-bom'));
    expect(report).toMatchObject({ status: 'REJECTED', rejected: 1, updated: 0 });
    expect(report.errors).toEqual([{ line: 11, column: 'KldB Zielberuf', value: '6210', code: 'INVALID_KLDB', reason: expect.stringContaining('leading zero') }]);
    expect(await tableFingerprint(sg, 'applicant')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toHaveLength(imports);
  });

  it('every row is checked: unknown occupations, dates outside the reporting year, more filled than reported, duplicates', async () => {
    const header = ['Betriebsnummer', 'KldB', 'Berichtsjahr', 'Meldedatum', 'Gemeldete Stellen', 'Besetzte Stellen'];
    const rows = [
      ['C0001', '99999', '2025', '01.03.2025', '2', '0'],
      ['C0001', '62102', '2025', '01.03.2024', '2', '0'],
      ['C0002', '62102', '2025', '01.03.2025', '2', '3'],
      ['C0003', '62102', '2025', '01.03.2025', '2', '1'],
      ['C0003', '62102', '2025', '02.03.2025', '2', '1'],
      ['C0004', '62102', '2025', '01.03.2025', '1,5', '0'],
    ];
    const report = await importReport(sg, 'employment', 'vacancies', encode({ header, rows }, 'utf8-bom'), { dryRun: true });
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_OCCUPATION'],
      [3, 'DATE_OUTSIDE_REPORT_YEAR'],
      [4, 'FILLED_EXCEEDS_PLACES'],
      [6, 'DUPLICATE_ROW'],
      [7, 'INVALID_NUMBER'],
    ]);
  });

  it('a Windows-1252 extract keeps its umlauts: titles are checked against the KldB code as written', async () => {
    const sample = sampleOf('employment', 'vacancies');
    const i = sample.table.rows.findIndex((r) => /[äöüß]/.test(r[3]!));
    expect(i).toBeGreaterThanOrEqual(0);
    const swapped = editedTable(sample.table, (rows) => {
      rows[i]![3] = 'Fachverkäufer/in für Sahnetörtchen';
    });
    const report = await importReport(sg, 'employment', 'vacancies', encode(swapped, 'windows-1252'));
    expect(report.encoding).toBe('WINDOWS_1252');
    expect(report.errors).toEqual([expect.objectContaining({ line: i + 2, column: 'Beruf', value: 'Fachverkäufer/in für Sahnetörtchen', code: 'TITLE_MISMATCH' })]);
  });

  it('a title next to a KldB code may name any occupation of that code: Verkäufer/in shares 62102 with the Einzelhandel', async () => {
    const sample = sampleOf('employment', 'vacancies');
    const i = sample.table.rows.findIndex((r) => r[2] === '62102');
    expect(i).toBeGreaterThanOrEqual(0);
    const edited = (title: string) => editedTable(sample.table, (rows) => {
      rows[i]![3] = title;
    });
    const shared = await importReport(sg, 'employment', 'vacancies', encode(edited('Verkäufer/in'), 'utf8-bom'), { dryRun: true });
    expect(shared.errors).toEqual([]);
    const other = await importReport(sg, 'employment', 'vacancies', encode(edited('Koch/Köchin'), 'utf8-bom'), { dryRun: true });
    expect(other.errors).toEqual([expect.objectContaining({ line: i + 2, column: 'Beruf', code: 'TITLE_MISMATCH' })]);
  });

  it('the file can also be sent as text, and the report lists columns it ignores', async () => {
    const { body } = await sg.query(
      `mutation ($content: String!) { importEmploymentExport(kind: APPLICANTS, content: $content, dryRun: true) { status rows unchanged ignoredColumns } }`,
      { content: `\uFEFFPseudonym;Berichtsjahr;Meldedatum;KldB Zielberuf;Verbleib zum 30.09.;Geschlecht\r\n${sampleOf('employment', 'applicants').table.rows[0]!.filter((_, k) => k !== 4).join(';')};w\r\n` },
      systemOf('employment'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.importEmploymentExport).toEqual({ status: 'DRY_RUN', rows: 1, unchanged: 1, ignoredColumns: ['Geschlecht'] });
  });

  it('another partner\'s system and the agency\'s caseworkers may not import; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'applicant');
    for (const identity of [systemOf('chambers'), systemOf('employment', { roles: ['caseworker', 'analyst'] })]) {
      const body = await importBytes(sg, 'employment', 'applicants', sampleBytes('employment', 'applicants'), { identity });
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'applicant')).toBe(before);
  });
});

describe('employment caseworkers record guidance contacts', () => {
  let sg: TestSubgraph;
  const pseudonym = 'YGVJDANCE0001';
  beforeAll(async () => {
    sg = await startTestSubgraph(employment, 0.05);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a contact at a school consultation hour is stored with its CHANGE entry, without the note', async () => {
    const input = { pseudonym, date: '2026-03-10', channel: 'SCHOOL_CONSULTATION_HOUR', wishKldb: '29222', schoolId: 'S014', note: 'Praktikum in einer Bäckerei vereinbart' };
    const { body } = await sg.query(recordContact, { input }, caseworker('employment'));
    expect(body.errors).toBeUndefined();
    const contact = body.data.recordGuidanceContact;
    expect(contact).toMatchObject({ date: '2026-03-10', channel: 'SCHOOL_CONSULTATION_HOUR', wish: { kldb: '29222' }, school: { id: 'S014' } });
    const [stored] = await sql<{ note: string }>(sg, 'select note from guidance_contact where id = ?', [contact.id]);
    expect(stored!.note).toBe('Praktikum in einer Bäckerei vereinbart');
    const [entry] = await auditEntries(sg, 'CHANGE');
    expect(entry).toMatchObject({ partner: 'employment', pseudonym, fields: ['guidanceContacts'] });
    expect(entry!.detail).toEqual({ change: 'recordGuidanceContact', id: contact.id, date: '2026-03-10', channel: 'SCHOOL_CONSULTATION_HOUR' });
  });

  it.each([
    ['INVALID_PSEUDONYM', { pseudonym: 'Y0' }],
    ['DATE_IN_FUTURE', { date: `${new Date().getUTCFullYear() + 1}-01-01` }],
    ['INVALID_KLDB', { wishKldb: '2922' }],
    ['UNKNOWN_OCCUPATION', { wishKldb: '99999' }],
    ['SCHOOL_ONLY_FOR_CONSULTATION_HOUR', { channel: 'PHONE', schoolId: 'S014' }],
    ['NOTE_TOO_LONG', { note: 'x'.repeat(2001) }],
  ])('a contact is refused with %s and nothing is written', async (code, over) => {
    const before = await tableFingerprint(sg, 'guidance_contact');
    const input = { pseudonym, date: '2026-03-11', channel: 'PHONE', ...over };
    const { body } = await sg.query(recordContact, { input }, caseworker('employment'));
    expect(body.errors[0].extensions.code).toBe(code);
    expect(leaksInternals(body.errors)).toBe(false);
    expect(await tableFingerprint(sg, 'guidance_contact')).toBe(before);
  });

  it('only the agency\'s caseworkers write: another partner, an analyst or the import system is refused, nothing written', async () => {
    const before = await tableFingerprint(sg, 'guidance_contact');
    const changes = (await auditEntries(sg, 'CHANGE')).length;
    const input = { pseudonym, date: '2026-03-12', channel: 'PHONE' };
    for (const identity of [caseworker('schools'), caseworker('coordination'), caseworker('employment', { roles: ['analyst'] }), systemOf('employment')]) {
      const { body } = await sg.query(recordContact, { input }, identity);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'guidance_contact')).toBe(before);
    expect(await auditEntries(sg, 'CHANGE')).toHaveLength(changes);
  });
});
