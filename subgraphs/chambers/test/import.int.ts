import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWindows1252, throughWindows1252 } from '@kassel-hub/reference';
import { chambers } from '../src/subgraph';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';
import { auditEntries, editedTable, encode, importBytes, importReport, sampleBytes, sampleOf, sql, systemOf, tableFingerprint } from '../../../tests/support/import-helpers';

// The committed samples are cut from the world `npm start` seeds (seed 2014, scale 1); so is this database.
const SCALE = 1;
const today = new Date().toISOString().slice(0, 10);

const recordTermination = `mutation ($n: ID!, $on: LocalDate!, $reason: TerminationReason!) {
  recordEarlyTermination(registerNumber: $n, terminatedOn: $on, reason: $reason) { registerNumber terminatedOn terminationReason terminatedEarly }
}`;

interface ContractRow {
  register_number: string;
  pseudonym: string;
  start_date: string;
  planned_end_date: string;
}

describe('the chambers import their register of training contracts', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(chambers, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  // In the order a hub without seed needs them: the registers, then what refers to them.
  const TABLE: Record<string, string> = { occupations: 'occupation', companies: 'company', entitlements: 'company_occupation', contracts: 'training_contract', terminations: 'training_contract' };
  it.each(Object.keys(TABLE))('the %s sample imports right after the first start, and a second import changes nothing', async (kind) => {
    const sample = sampleOf('chambers', kind);
    const first = await importReport(sg, 'chambers', kind, sampleBytes('chambers', kind));
    expect(first).toMatchObject({ kind, status: 'IMPORTED', ...sample.expected, rejected: 0, errorCount: 0 });
    const entry = (await auditEntries(sg, 'IMPORT')).at(-1)!;
    expect(entry.detail).toMatchObject({ kind, sha256: first.sha256, ...sample.expected });

    const before = await tableFingerprint(sg, TABLE[kind]!);
    const second = await importReport(sg, 'chambers', kind, sampleBytes('chambers', kind));
    expect(second).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: sample.expected.rows });
    expect(await tableFingerprint(sg, TABLE[kind]!)).toBe(before);
  });

  it('late registrations are found by their register number, with the chamber their occupation belongs to', async () => {
    const late = sampleOf('chambers', 'contracts').table.rows.slice(-2);
    const rows = await sql<{ register_number: string; id: string; chamber: string; terminated_on: string | null }>(
      sg,
      'select register_number, id, chamber, terminated_on from training_contract where register_number in (?) order by register_number',
      [late.map((r) => r[0])],
    );
    expect(rows.map((r) => r.register_number)).toEqual(late.map((r) => r[0]));
    // the hub's id is its own; the register number stays the chamber's
    expect(rows.every((r) => r.id.startsWith('T-') && r.terminated_on === null)).toBe(true);
    expect(rows.map((r) => r.chamber)).toEqual(late.map((r) => (r[6] === 'Handwerkskammer Kassel' ? 'HWK' : 'IHK')));
  });

  it('the Windows-1252 contracts file keeps umlauts and the en dash, and names Windows-1252 cannot hold still match', async () => {
    const bytes = sampleBytes('chambers', 'contracts');
    const text = decodeWindows1252(bytes);
    expect(text).toContain('Fachinformatiker/in – Anwendungsentwicklung');
    expect(text).toContain('Bäckerei');
    // a company name with a letter the code page lacks (the "ć" of an invented "Adrelić") arrives as Excel writes it, with "?"
    const lossy = sampleOf('chambers', 'contracts').table.rows.flat().find((cell) => throughWindows1252(cell) !== cell);
    expect(lossy).toBeDefined();
    expect(text).toContain(throughWindows1252(lossy!));
    const asUtf8 = await importReport(sg, 'chambers', 'contracts', encode(sampleOf('chambers', 'contracts').table, 'utf8-bom'));
    expect(asUtf8).toMatchObject({ status: 'IMPORTED', encoding: 'UTF8', unchanged: sampleOf('chambers', 'contracts').expected.rows });
  });

  it('a contracts file with one bad row is rejected whole; every register check names its row', async () => {
    const sample = sampleOf('chambers', 'contracts');
    const first = sample.table.rows[0]!;
    const table = editedTable(sample.table, (rows) => {
      rows[3]![8] = rows[3]![7]!; // planned end on the first day
      rows[4]![2] = 'C9999';
      rows[5]![5] = 'Koch/Köchin';
      rows[6]![6] = rows[6]![6] === 'Handwerkskammer Kassel' ? 'IHK' : 'HWK';
      rows[7]![1] = first[1]!; // another young person's contract number
    });
    const before = await tableFingerprint(sg, 'training_contract');
    const imports = (await auditEntries(sg, 'IMPORT')).length;
    const report = await importReport(sg, 'chambers', 'contracts', encode(table, 'windows-1252'));
    expect(report).toMatchObject({ status: 'REJECTED', rejected: 5 });
    expect(report.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code])).toEqual([
      [5, 'Vertragsende', 'INVALID_DURATION'],
      [6, 'Betriebsnummer', 'UNKNOWN_COMPANY'],
      [7, 'Ausbildungsberuf', 'TITLE_MISMATCH'],
      [8, 'Kammer', 'CHAMBER_MISMATCH'],
      [9, 'Pseudonym', 'CONTRACT_OF_ANOTHER_PERSON'],
    ]);
    expect(report.errors[2].value).toBe('Koch/Köchin');
    expect(await tableFingerprint(sg, 'training_contract')).toBe(before);
    expect(await auditEntries(sg, 'IMPORT')).toHaveLength(imports);
  });

  it('a company may only be registered for occupations it is entitled to train', async () => {
    const [c] = await sql<{ company_id: string; kldb: string }>(
      sg,
      `select c.id as company_id, o.kldb from company c cross join occupation o
        where o.chamber = c.chamber and not exists (select 1 from company_occupation x where x.company_id = c.id and x.occupation_kldb = o.kldb) limit 1`,
    );
    const header = ['Vertragsnummer', 'Pseudonym', 'Betriebsnummer', 'KldB', 'Ausbildungsbeginn', 'Vertragsende'];
    const report = await importReport(sg, 'chambers', 'contracts', encode({ header, rows: [['T800001', 'YNEWTRA1NEE01', c!.company_id, c!.kldb, '01.08.2026', '31.07.2029']] }, 'utf8-bom'));
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, column: 'KldB', code: 'NOT_ENTITLED' })]);
  });

  it('terminations must name a registered contract, lie after its start and not in the future', async () => {
    const [c] = await sql<ContractRow>(sg, `select register_number, pseudonym, start_date, planned_end_date from training_contract where terminated_on is null and start_date < '2025-01-01' and planned_end_date > ? limit 1`, [today]);
    const german = (iso: string) => iso.split('-').reverse().join('.');
    const header = ['Vertragsnummer', 'Pseudonym', 'Lösungsdatum', 'Lösungsgrund'];
    const rows = [
      ['T999999', '', '01.03.2026', 'Aufhebungsvertrag'],
      [c!.register_number, '', german(c!.start_date), 'Aufhebungsvertrag'],
      [c!.register_number, 'YZZZZZZZZZZZZ', '01.03.2026', 'Kuendigung durch Auszubildenden'],
      ['T000002', '', `01.01.${Number(today.slice(0, 4)) + 1}`, 'Aufhebungsvertrag'],
      ['T000003', '', '01.03.2026', 'Streit'],
    ];
    const report = await importReport(sg, 'chambers', 'terminations', encode({ header, rows }, 'utf8-bom'));
    expect(report.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_CONTRACT'],
      [3, 'TERMINATION_BEFORE_START'],
      [4, 'DUPLICATE_ROW'],
      [5, 'TERMINATION_IN_FUTURE'],
      [6, 'UNKNOWN_CODE'],
    ]);
  });

  it('another partner\'s system and the chambers\' caseworkers may not import; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'training_contract');
    for (const identity of [systemOf('schools'), systemOf('chambers', { roles: ['caseworker'] })]) {
      const body = await importBytes(sg, 'chambers', 'terminations', sampleBytes('chambers', 'terminations'), { identity });
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'training_contract')).toBe(before);
  });
});

describe('chambers caseworkers record early terminations', () => {
  let sg: TestSubgraph;
  let running: ContractRow;
  beforeAll(async () => {
    sg = await startTestSubgraph(chambers, 0.05);
    [running] = await sql<ContractRow>(
      sg,
      `select register_number, pseudonym, start_date::text, planned_end_date::text from training_contract
        where terminated_on is null and start_date < ? and planned_end_date > ? order by register_number limit 1`,
      [today, today],
    );
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it.each([
    ['INVALID_REGISTER_NUMBER', () => ({ n: 'T 1', on: today })],
    ['NOT_FOUND', () => ({ n: 'T999999', on: today })],
    ['TERMINATION_BEFORE_START', () => ({ n: running.register_number, on: running.start_date })],
    ['TERMINATION_IN_FUTURE', () => ({ n: running.register_number, on: running.planned_end_date })],
  ])('a termination is refused with %s and nothing is written', async (code, vars) => {
    const before = await tableFingerprint(sg, 'training_contract');
    const { body } = await sg.query(recordTermination, { reason: 'MUTUAL', ...vars() }, caseworker('chambers'));
    expect(body.errors[0].extensions.code).toBe(code);
    expect(leaksInternals(body.errors)).toBe(false);
    expect(await tableFingerprint(sg, 'training_contract')).toBe(before);
    expect(await auditEntries(sg, 'CHANGE')).toEqual([]);
  });

  it('another partner or the chambers\' import system may not record a termination; nothing is written', async () => {
    const before = await tableFingerprint(sg, 'training_contract');
    for (const identity of [caseworker('employment'), caseworker('municipality', { roles: ['admin'] }), systemOf('chambers')]) {
      const { body } = await sg.query(recordTermination, { n: running.register_number, on: today, reason: 'MUTUAL' }, identity);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(sg, 'training_contract')).toBe(before);
  });

  it('a caseworker records a termination in one transaction with its CHANGE entry; a second one is ALREADY_TERMINATED', async () => {
    const { body } = await sg.query(recordTermination, { n: running.register_number, on: today, reason: 'BY_TRAINEE' }, caseworker('chambers'));
    expect(body.errors).toBeUndefined();
    expect(body.data.recordEarlyTermination).toEqual({ registerNumber: running.register_number, terminatedOn: today, terminationReason: 'BY_TRAINEE', terminatedEarly: true });
    const [entry] = await auditEntries(sg, 'CHANGE');
    expect(entry).toMatchObject({ partner: 'chambers', pseudonym: running.pseudonym, fields: ['trainingContracts.terminatedOn', 'trainingContracts.terminationReason'] });
    expect(entry!.detail).toEqual({ change: 'recordEarlyTermination', registerNumber: running.register_number, terminatedOn: today, reason: 'BY_TRAINEE' });

    const again = await sg.query(recordTermination, { n: running.register_number, on: today, reason: 'MUTUAL' }, caseworker('chambers'));
    expect(again.body.errors[0].extensions.code).toBe('ALREADY_TERMINATED');
    expect(await auditEntries(sg, 'CHANGE')).toHaveLength(1);
  });
});
