import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { youthWelfare } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { auditEntries, importBytes, importReport, sql } from '../../../tests/support/import-helpers';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });
const KIND = 'welfare-measures';
const HEADER = 'Teilnahme-Nr.;Pseudonym;Maßnahme;Beginn;Ende';
const csv = (...rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
const german = (iso: string) => iso.split('-').reverse().join('.');

describe('the youth welfare office imports its list of measures', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(youthWelfare, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a delivery adds a new participation and ends a running one; one IMPORT entry records it', async () => {
    const running = world.welfare.find((w) => w.end === null) ?? world.welfare[0];
    const end = '2025-07-31';
    const report = await importReport(sg, 'youthwelfare', KIND, csv(`${running.id};${running.pseudonym};Jugendwerkstatt;${german(running.start)};${german(end)}`, `W900001;Y00000000000A;Jugendwohnen;01.09.2025;`));
    expect(report).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 1, updated: running.end === end ? 0 : 1, rejected: 0 });
    const stored = await sql<{ id: string; measure: string; end: string | null }>(sg, `select id, measure::text as measure, to_char("end", 'YYYY-MM-DD') as "end" from welfare_participation where id in (?, ?) order by id`, [running.id, 'W900001']);
    expect(stored).toEqual([
      { id: running.id, measure: 'JUGENDWERKSTATT', end },
      { id: 'W900001', measure: 'SUPPORTED_YOUTH_HOUSING', end: null },
    ]);
    const [entry] = await auditEntries(sg, 'IMPORT');
    expect(entry).toMatchObject({ partner: 'youthwelfare' });
  });

  it('a file with one bad row is rejected whole; each problem names its line and column', async () => {
    const body = await importBytes(sg, 'youthwelfare', KIND, csv('W900002;Y00000000000B;Schulsozialarbeit;01.09.2025;', 'W900003;Y00000000000B;Jugendwerkstatt;01.09.2025;31.08.2025'));
    expect(body.errors).toBeUndefined();
    expect(body.data.report.status).toBe('REJECTED');
    expect(body.data.report.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code])).toEqual([
      [2, 'Maßnahme', expect.any(String)],
      [3, 'Ende', 'ENDS_BEFORE_START'],
    ]);
    expect(await sql(sg, "select id from welfare_participation where id in ('W900002', 'W900003')")).toEqual([]);
  });

  it('a participation number never moves to another young person', async () => {
    const body = await importBytes(sg, 'youthwelfare', KIND, csv('W900001;Y00000000000C;Jugendwohnen;01.09.2025;'));
    expect(body.data.report.status).toBe('REJECTED');
    expect(body.data.report.errors[0]).toMatchObject({ column: 'Pseudonym', code: 'PARTICIPATION_OF_ANOTHER_PERSON' });
  });
});
