import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchApplicantsTable, encodeCsv, generate } from '@kassel-hub/datagen';
import { runImportCommand } from '../scripts/src/import';
import { startTestHub, type TestHub } from './support/hub';
import { importMutation, sql, tableFingerprint } from './support/import-helpers';

/*
 * Partners feed the hub: a partner system imports through the gateway, a data office runs the
 * command line against the partner's database, and both are the same import.
 */
const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });
const nextYear = new Date().getUTCFullYear() + 1;

describe('imports and caseworker changes end to end', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    dir = mkdtempSync(join(tmpdir(), 'hub-import-'));
  });
  afterAll(async () => {
    await hub?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const classList = `Pseudonym;Schulnummer;Abgangsjahr;Voraussichtliches Abgangsdatum\r\nYE2EPXP000001;S010;${nextYear};26.06.${nextYear}\r\n`;

  it('the schools\' system imports a leaving-class list through the gateway; the employment agency\'s system is refused', async () => {
    const schools = hub.subgraphs.schools!;
    const before = await tableFingerprint(schools, 'leaving_class_entry');
    const refused = await hub.query(importMutation('schools'), { kind: 'LEAVING_CLASS_LIST', content: classList }, await hub.as('employment', ['system']));
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await tableFingerprint(schools, 'leaving_class_entry')).toBe(before);

    const { body } = await hub.query(importMutation('schools'), { kind: 'LEAVING_CLASS_LIST', content: classList, fileName: 'abgangsklassen.csv' }, await hub.as('schools', ['system']));
    expect(body.errors).toBeUndefined();
    expect(body.data.report).toMatchObject({ status: 'IMPORTED', fileName: 'abgangsklassen.csv', rows: 1, inserted: 1 });
    const [audit] = await sql<{ n: number }>(schools, `select count(*)::int as n from audit_entry where action = 'IMPORT' and detail->>'fileName' = 'abgangsklassen.csv'`);
    expect(audit!.n).toBe(1);
  });

  it('a chambers caseworker records an early termination through the gateway; an employment caseworker cannot', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const running = world.contracts.find((c) => c.terminatedOn === null && c.startDate < today && c.plannedEndDate > today)!;
    const mutation = `mutation ($n: ID!, $on: LocalDate!) { recordEarlyTermination(registerNumber: $n, terminatedOn: $on, reason: MUTUAL) { registerNumber terminatedOn } }`;
    const refused = await hub.query(mutation, { n: running.id, on: today }, await hub.as('employment', ['caseworker']));
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const { body } = await hub.query(mutation, { n: running.id, on: today }, await hub.as('chambers', ['caseworker']));
    expect(body.errors).toBeUndefined();
    expect(body.data.recordEarlyTermination).toEqual({ registerNumber: running.id, terminatedOn: today });
  });

  it('the command line imports into the partner\'s database with progress, then reports a second run as unchanged', async () => {
    const file = join(dir, 'bewerber.csv');
    writeFileSync(file, encodeCsv(benchApplicantsTable(6000), 'utf8-bom'));
    const env = { DATABASE_URL: hub.subgraphs.employment!.database.url };
    const out: string[] = [];
    expect(await runImportCommand(['--partner', 'employment', '--kind', 'applicants', '--file', file], env, (l) => out.push(l))).toBe(0);
    expect(out).toContain('  5,000 of 6,000 rows checked');
    expect(out).toContain('  6,000 of 6,000 rows written');
    expect(out.join('\n')).toMatch(/6,000 rows: 6,000 inserted, 0 updated, 0 unchanged, 0 rejected/);

    const again: string[] = [];
    expect(await runImportCommand(['--partner', 'employment', '--kind', 'applicants', '--file', file], env, (l) => again.push(l))).toBe(0);
    expect(again.join('\n')).toMatch(/0 inserted, 0 updated, 6,000 unchanged, 0 rejected/);
    expect(existsSync(`${file}.errors.csv`)).toBe(false);
  });

  it('the command line rejects a file with a bad row, writes nothing and leaves the error report beside it', async () => {
    const employment = hub.subgraphs.employment!;
    const table = benchApplicantsTable(10, 0, 7);
    table.rows[4]![1] = '2024';
    table.rows[4]![2] = '31.09.2024';
    const file = join(dir, 'bewerber-fehler.csv');
    writeFileSync(file, encodeCsv(table, 'windows-1252'));
    const before = await tableFingerprint(employment, 'applicant');
    const out: string[] = [];
    const env = { DATABASE_URL: employment.database.url };
    expect(await runImportCommand(['--partner', 'employment', '--kind', 'applicants', '--file', file], env, (l) => out.push(l))).toBe(1);
    expect(out.join('\n')).toMatch(/REJECTED, nothing written: 1 of 10 rows invalid/);
    expect(out.join('\n')).toContain('line 6, column "Meldedatum", value "31.09.2024"');
    expect(await tableFingerprint(employment, 'applicant')).toBe(before);
    const report = readFileSync(`${file}.errors.csv`, 'utf8');
    expect(report).toBe(`\uFEFFline;column;value;reason;code\r\n6;Meldedatum;31.09.2024;31.09.2024 is not a day of the calendar;INVALID_DATE\r\n`);

    const dry: string[] = [];
    table.rows[4]![2] = '30.09.2024';
    writeFileSync(file, encodeCsv(table, 'windows-1252'));
    expect(await runImportCommand(['--partner', 'employment', '--kind', 'applicants', '--file', file, '--dry-run', '--encoding', 'windows-1252'], env, (l) => dry.push(l))).toBe(0);
    expect(dry.join('\n')).toMatch(/dry run, nothing written. 10 rows would be: 10 inserted/);
    expect(await tableFingerprint(employment, 'applicant')).toBe(before);
    expect(existsSync(`${file}.errors.csv`)).toBe(false);
  });

  it('the command line explains wrong usage with exit code 2', async () => {
    const out: string[] = [];
    expect(await runImportCommand(['--partner', 'employment', '--kind', 'pupils', '--file', 'x.csv'], {}, (l) => out.push(l))).toBe(2);
    expect(out[0]).toContain('applicants, vacancies');
    expect(await runImportCommand(['--partner', 'police'], {}, (l) => out.push(l))).toBe(2);
  });
});
