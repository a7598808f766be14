import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, SCHOOLS, TRANSITION_MANAGERS } from '@kassel-hub/datagen';
import { checkPublishedDifferences, checkPublishedTable, type ProtectedTable } from '@kassel-hub/governance';
import { mintDevToken } from '@kassel-hub/gateway';
import { consentsAtLeaving, joinsPanel } from '../subgraphs/municipality/src/seed/seed';
import { startTestHub, type TestHub } from './support/hub';
import { destinationColumn, knownAt, leaverRecords } from './support/leaver-status';

/*
 * The destinations report and "no one gets lost", through the gateway, against figures computed
 * here from the generated world with the README's definitions (support/leaver-status.ts), never
 * with the report code:
 * - a reader who holds the tables of the three served cut-offs side by side learns no change of
 *   1 or 2 and no hidden count;
 * - "unknown" is "no dated record between leaving and the cut-off", the same people unknownToAll counts;
 * - a transition manager's follow-up list holds the unknown leavers of their own school who
 *   consented at leaving and have no case yet, and no one else's.
 */

const SCALE = 0.5;
const YEAR = 2025; // its leaving consents (two years) are in force today
const TODAY = new Date().toISOString().slice(0, 10);
const CUTOFFS = [`${YEAR}-09-30`, `${YEAR}-12-31`, `${YEAR + 1}-06-30`];
const COLUMNS = ['apprenticeship', 'transitionSystem', 'furtherSchool', 'university', 'other', 'unknown'] as const;
const world = generate({ seed: 2014, scale: SCALE });
const recordsOf = leaverRecords(world);
const youth = new Map(world.youth.map((y) => [y.pseudonym, y]));
const withCase = new Set(world.cases.map((c) => c.pseudonym));
const openCase = new Set(world.cases.filter((c) => c.closedOn === null).map((c) => c.pseudonym));
const panel = world.pupils.filter((p) => p.cohortYear === YEAR && joinsPanel(p.pseudonym)).map((p) => ({ ...p, records: recordsOf(p) }));
type Member = (typeof panel)[number];

const addMonths = (iso: string, months: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
};
const rowOf: Record<string, (m: Member) => string> = {
  CITY: () => 'CITY',
  SCHOOL: (m) => m.schoolId,
  DISTRICT: (m) => youth.get(m.pseudonym)!.districtCode ?? '99',
  SEX: (m) => youth.get(m.pseudonym)!.sex.toUpperCase(),
  NATIONALITY: (m) => (youth.get(m.pseudonym)!.nationalityGroup === 'non_german' ? 'NON_GERMAN' : 'GERMAN'),
};

interface Cell {
  value: number | null;
  suppressed: boolean;
}
type Row = Record<(typeof COLUMNS)[number] | 'total', Cell> & { key: string };
const CELL = '{ value suppressed }';
const ROW = `key ${COLUMNS.map((c) => `${c} ${CELL}`).join(' ')} total ${CELL}`;

/** A published table as the kit's readers take it (no reasons: a reader sees values and flags). */
const asTable = (t: { rows: Row[]; total: Row }): ProtectedTable => {
  const cell = (c: Cell) => ({ value: c.value, suppressed: c.suppressed, reason: null });
  return {
    threshold: 3,
    columns: COLUMNS,
    rows: t.rows.map((r) => ({ key: r.key, cells: COLUMNS.map((c) => cell(r[c])), total: cell(r.total) })),
    columnTotals: COLUMNS.map((c) => cell(t.total[c])),
    grandTotal: cell(t.total.total),
  };
};

describe('destinations at the served cut-offs and the follow-up list, through the gateway', () => {
  let hub: TestHub;
  let analyst: Record<string, string>;
  const report = async (selection: string, headers = analyst) => (await hub.query(`query ($year: Int!) { cohort(year: $year) { ${selection} } }`, { year: YEAR }, headers)).body;
  /** A city caseworker signed in with a staff handle (the token's `sub`). */
  const staff = async (sub: string) => {
    const token = await mintDevToken(hub.devKeys.privateJwk, { sub, partner: 'municipality', roles: ['caseworker'] });
    return { authorization: `Bearer ${token}` };
  };

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    analyst = await hub.as('coordination', ['analyst']);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('the analyst gets every breakdown at 30 Sep, 31 Dec and 30 Jun with true counts, and no two tables subtract to a person', async () => {
    let shown = 0;
    for (const by of Object.keys(rowOf)) {
      const aliases = CUTOFFS.map((c, i) => `t${i}: destinations(by: ${by}, cutoff: "${c}") { cutoff rows { ${ROW} } total { ${ROW} } }`).join('\n');
      const body = await report(aliases);
      expect(body.errors, by).toBeUndefined();
      const tables = new Map<string, ProtectedTable>();
      CUTOFFS.forEach((cutoff, i) => {
        const t = body.data.cohort[`t${i}`];
        expect(t.cutoff).toBe(cutoff);
        for (const row of [...t.rows, { ...t.total, key: 'TOTAL' }] as Row[]) {
          const ms = row.key === 'TOTAL' ? panel : panel.filter((m) => rowOf[by](m) === row.key);
          for (const col of [...COLUMNS, 'total'] as const) {
            const truth = col === 'total' ? ms.length : ms.filter((m) => destinationColumn(m.records, cutoff) === col).length;
            const cell = row[col];
            if (cell.suppressed) expect(cell.value).toBeNull();
            else {
              expect(cell.value, `${by} ${cutoff} ${row.key}/${col}`).toBe(truth);
              expect([1, 2], `${by} ${cutoff} ${row.key}/${col} shows a count of ${truth}`).not.toContain(truth);
              shown++;
            }
          }
        }
        expect(checkPublishedTable(asTable(t)), `${by} ${cutoff}`).toEqual([]);
        tables.set(cutoff, asTable(t));
      });
      // every pair of cut-offs, cell by cell and margin by margin
      expect(checkPublishedDifferences(tables), by).toEqual([]);
    }
    expect(shown).toBeGreaterThan(300);
  });

  it('any other cut-off is refused with INVALID_CUTOFF (adjacent days could be subtracted)', async () => {
    for (const day of [`${YEAR}-08-19`, `${YEAR}-08-20`, `${YEAR}-12-30`, `${YEAR + 1}-12-31`]) {
      const body = await report(`destinations(by: DISTRICT, cutoff: "${day}") { cutoff }`);
      expect(body.data?.cohort ?? null, day).toBeNull();
      expect(body.errors[0].extensions.code, day).toBe('INVALID_CUTOFF');
    }
    const byDefault = await report('destinations(by: CITY) { cutoff }');
    expect(byDefault.data.cohort.destinations.cutoff).toBe(`${YEAR}-12-31`);
  });

  it('"unknown" counts leavers with no dated record after leaving, as unknownToAll does; an SGB II flag, guidance at school or an early case do not make anyone known', async () => {
    const body = await report(`destinations(by: CITY) { total { other ${CELL} unknown ${CELL} } }
      u3: unknownToAll(monthsAfterLeaving: 3) { count ${CELL} } u6: unknownToAll(monthsAfterLeaving: 6) { count ${CELL} } u12: unknownToAll(monthsAfterLeaving: 12) { count ${CELL} }`);
    expect(body.errors).toBeUndefined();
    const c = body.data.cohort;
    const unknownAt = panel.filter((m) => destinationColumn(m.records, `${YEAR}-12-31`) === 'unknown');
    expect(c.destinations.total.unknown.value).toBe(unknownAt.length);
    expect(c.destinations.total.other.value).toBe(panel.filter((m) => destinationColumn(m.records, `${YEAR}-12-31`) === 'other').length);
    for (const months of [3, 6, 12]) expect(c[`u${months}`].count.value, `${months} months`).toBe(panel.filter((m) => !knownAt(m.records, addMonths(m.leavingDate, months))).length);
    // The old rule made "other" of anyone with a case or any employment record, dated or not
    // (an SGB II flag, guidance at school, a measure begun after the cut-off): about a third as many unknown.
    const undatedOnly = unknownAt.filter((m) => {
      const r = m.records;
      return youth.get(m.pseudonym)!.sgb2 || r.guidance.length > 0 || r.measures.length > 0 || r.cases.length > 0 || r.applicant !== null;
    });
    expect(undatedOnly.length).toBeGreaterThan(unknownAt.length / 2);
  });

  it('a transition manager\'s follow-up list: the unknown leavers of their own school who consented at leaving and have no case, no one else', async () => {
    const expected = (schoolId: string) =>
      panel
        .filter((m) => m.schoolId === schoolId && !knownAt(m.records, addMonths(m.leavingDate, 6)))
        .filter((m) => !openCase.has(m.pseudonym))
        // the school's consent at leaving runs two years; case consents belong to people with a case
        .filter((m) => !withCase.has(m.pseudonym) && consentsAtLeaving(m.pseudonym) && addMonths(m.leavingDate, 24) >= TODAY)
        .map((m) => m.pseudonym)
        .sort();
    const managed = new Set(TRANSITION_MANAGERS.map((t) => t.schoolId));
    let listed = 0;
    const seen = new Set<string>();
    for (const { handle, schoolId } of TRANSITION_MANAGERS.filter((_, i) => i % 2 === 0)) {
      const body = await report('unknownToAll { count { value } pseudonyms }', await staff(handle));
      expect(body.errors, handle).toBeUndefined();
      const list: string[] = body.data.cohort.unknownToAll.pseudonyms;
      expect(list, `${handle} at ${schoolId}`).toEqual(expected(schoolId));
      for (const p of list) {
        expect(world.pupils.find((x) => x.pseudonym === p && x.cohortYear === YEAR)!.schoolId).toBe(schoolId);
        expect(seen.has(p)).toBe(false);
        seen.add(p);
      }
      listed += list.length;
    }
    expect(listed, 'the list holds people').toBeGreaterThan(2);
    // unknown leavers of those schools who gave no consent at leaving are counted, but listed to no one
    const noConsent = panel.filter((m) => managed.has(m.schoolId) && !withCase.has(m.pseudonym) && !consentsAtLeaving(m.pseudonym) && !knownAt(m.records, addMonths(m.leavingDate, 6)));
    expect(noConsent.length).toBeGreaterThan(0);
    expect(noConsent.some((m) => seen.has(m.pseudonym))).toBe(false);
    // unknown leavers of schools without managers exist, and are on no one's list
    const elsewhere = panel.filter((m) => !managed.has(m.schoolId) && !knownAt(m.records, addMonths(m.leavingDate, 6)));
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.some((m) => seen.has(m.pseudonym))).toBe(false);
    expect(SCHOOLS.filter((s) => s.hasTransitionManager).length).toBe(managed.size);
  });

  it('once the manager opens a case for someone on the list, they leave it; the list is refused to anyone but a registered manager', async () => {
    const listOf = async (headers: Record<string, string>): Promise<string[]> => (await report('unknownToAll { pseudonyms }', headers)).data.cohort.unknownToAll.pseudonyms;
    let found: { handle: string; schoolId: string; manager: Record<string, string>; before: string[] } | undefined;
    for (const { handle, schoolId } of TRANSITION_MANAGERS) {
      const manager = await staff(handle);
      const before = await listOf(manager);
      if (before.length > 0) {
        found = { handle, schoolId, manager, before };
        break;
      }
    }
    const { handle, schoolId, manager, before } = found!;
    // the other manager of the same school sees the same list
    const colleague = TRANSITION_MANAGERS.find((t) => t.schoolId === schoolId && t.handle !== handle)!;
    expect(await listOf(await staff(colleague.handle))).toEqual(before);
    const opened = await hub.query(
      'mutation ($input: OpenTransitionCaseInput!) { openTransitionCase(input: $input) { id } }',
      { input: { pseudonym: before[0], schoolId, manager: handle, openedOn: TODAY } },
      manager,
    );
    expect(opened.body.errors).toBeUndefined();
    const after = await report('unknownToAll { pseudonyms }', manager);
    expect(after.data.cohort.unknownToAll.pseudonyms).toEqual(before.slice(1));

    for (const [who, headers] of [
      ['the analyst', analyst],
      ['a city caseworker who is no transition manager', await staff('municipality-caseworker')],
      ['a coordination caseworker', await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT')],
    ] as const) {
      const body = await report('unknownToAll { count { value } pseudonyms }', headers);
      expect(body.data?.cohort?.unknownToAll?.pseudonyms ?? null, who).toBeNull();
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), who).toContain('FORBIDDEN');
    }
  });
});
