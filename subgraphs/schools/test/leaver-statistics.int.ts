import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { checkPublishedTable, findPinnedByBounds, type ProtectedCount, type ProtectedTable, type PublishedRelation } from '@kassel-hub/governance';
import { schools } from '../src/subgraph';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';

const SCALE = 0.05;
const COHORT = 2025;
const world = generate({ seed: 2014, scale: SCALE });
const QUALIFICATIONS = ['NONE', 'FOERDER', 'HAUPT', 'HAUPT_QUALI', 'HAUPT_ERWEITERT', 'REAL', 'REAL_QUALI', 'FHR', 'ABITUR'];

const analyst = caseworker('coordination', { roles: ['analyst'], purpose: null });
const owner = caseworker('schools');

const leaverTable = `query ($year: Int!, $by: LeaverBreakdown!, $keys: [ID!]) {
  leaverStatistics(cohortYear: $year, by: $by, keys: $keys) {
    cohortYear breakdown threshold
    rows { key district { code } cells { qualification count { value suppressed reason } } total { value suppressed reason } }
    columnTotals { qualification count { value suppressed reason } }
    grandTotal { value suppressed reason }
  }
}`;

interface Row {
  key: string;
  district: { code: string };
  cells: { qualification: string; count: ProtectedCount }[];
  total: ProtectedCount;
}
interface Table {
  threshold: number;
  rows: Row[];
  columnTotals: { qualification: string; count: ProtectedCount }[];
  grandTotal: ProtectedCount;
}

/** The truth, straight from the generated pupils: leavers per school (or district) and qualification. */
function expectedCounts(rowOf: (schoolId: string) => string): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const s of [...world.schools].sort((a, b) => a.id.localeCompare(b.id))) table.set(rowOf(s.id), QUALIFICATIONS.map(() => 0));
  for (const p of world.pupils.filter((p) => p.cohortYear === COHORT)) table.get(rowOf(p.schoolId))![QUALIFICATIONS.indexOf(p.qualification)]++;
  return new Map([...table].sort(([a], [b]) => a.localeCompare(b)));
}
const districtOf = new Map(world.schools.map((s) => [s.id, s.districtCode]));

/** The response as the kit's published-table shape, for the reader's check. */
const asProtected = (t: Table): ProtectedTable => ({
  threshold: t.threshold,
  columns: QUALIFICATIONS,
  rows: t.rows.map((r) => ({ key: r.key, cells: r.cells.map((c) => c.count), total: r.total })),
  columnTotals: t.columnTotals.map((c) => c.count),
  grandTotal: t.grandTotal,
});

/**
 * Compares every cell and margin with the truth: a true 1 or 2 must come back hidden as PRIMARY
 * (null, never 0); anything else is either its true value or hidden as SECONDARY.
 */
function compareWithTruth(t: Table, truth: Map<string, number[]>) {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const truthRows = [...truth.values()];
  const columnTruth = QUALIFICATIONS.map((_, j) => sum(truthRows.map((r) => r[j])));
  const pairs: [ProtectedCount, number, string][] = [];
  expect(t.rows.map((r) => r.key)).toEqual([...truth.keys()]);
  t.rows.forEach((r, i) => {
    expect(r.cells.map((c) => c.qualification)).toEqual(QUALIFICATIONS);
    r.cells.forEach((c, j) => pairs.push([c.count, truthRows[i][j], `${r.key}/${c.qualification}`]));
    pairs.push([r.total, sum(truthRows[i]), `${r.key}/total`]);
  });
  t.columnTotals.forEach((c, j) => pairs.push([c.count, columnTruth[j], `total/${c.qualification}`]));
  pairs.push([t.grandTotal, sum(columnTruth), 'total/total']);
  for (const [cell, value, at] of pairs) {
    if (value > 0 && value < 3) expect(cell, at).toEqual({ value: null, suppressed: true, reason: 'PRIMARY' });
    else if (cell.suppressed) expect(cell, at).toEqual({ value: null, suppressed: true, reason: 'SECONDARY' });
    else expect(cell, at).toEqual({ value, suppressed: false, reason: null });
  }
  return pairs;
}

describe('leaver statistics with disclosure control (schools subgraph, real PostgreSQL)', () => {
  let sg: TestSubgraph;
  const fetchTable = async (by: 'SCHOOL' | 'DISTRICT', identity = owner, keys?: string[]): Promise<Table> => {
    const { body } = await sg.query(leaverTable, { year: COHORT, by, keys }, identity);
    expect(body.errors).toBeUndefined();
    return body.data.leaverStatistics;
  };

  beforeAll(async () => {
    sg = await startTestSubgraph(schools, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the schools get every school\'s leavers per qualification, each cell equal to the generated data or hidden with its reason', async () => {
    const t = await fetchTable('SCHOOL');
    expect(t.threshold).toBe(3);
    const pairs = compareWithTruth(t, expectedCounts((id) => id));
    expect(pairs.some(([c]) => c.reason === 'PRIMARY')).toBe(true);
    expect(pairs.some(([c]) => c.reason === 'SECONDARY')).toBe(true);
    expect(pairs.some(([c, v]) => !c.suppressed && v >= 3)).toBe(true);
  });

  it('an analyst of the coordination office gets the same table: hidden counts null and flagged, but not why', async () => {
    const ownView = await fetchTable('SCHOOL');
    const theirs = await fetchTable('SCHOOL', analyst);
    const withoutReason = (c: ProtectedCount) => ({ ...c, reason: null });
    expect(theirs.rows).toEqual(ownView.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, count: withoutReason(c.count) })), total: withoutReason(r.total) })));
    expect(theirs.grandTotal).toEqual(withoutReason(ownView.grandTotal));
    // A reader who knows hidden counts are at least 1 can neither recompute nor pin any of them.
    expect(checkPublishedTable(asProtected(theirs))).toEqual([]);
  });

  it('a school with one leaver of a qualification shows null (not 0), and its row and column hide a complement of 3 or more', async () => {
    const t = await fetchTable('SCHOOL');
    const truth = expectedCounts((id) => id);
    // A primary cell whose row also holds a secondary suppression of a real count.
    const i = t.rows.findIndex((r) => r.cells.some((c) => c.count.reason === 'PRIMARY') && r.cells.some((c) => c.count.reason === 'SECONDARY'));
    expect(i).toBeGreaterThanOrEqual(0);
    const row = t.rows[i];
    const j = row.cells.findIndex((c) => c.count.reason === 'PRIMARY');
    expect(truth.get(row.key)![j]).toBeGreaterThan(0);
    expect(row.cells[j].count).toEqual({ value: null, suppressed: true, reason: 'PRIMARY' });
    const secondary = row.cells.findIndex((c) => c.count.reason === 'SECONDARY');
    expect(truth.get(row.key)![secondary]).toBeGreaterThanOrEqual(3);
    const column = [...t.rows.map((r) => r.cells[j].count), t.columnTotals[j].count];
    expect(column.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    // The reader's check: no line with a single hidden entry, no hidden count recomputable.
    expect(checkPublishedTable(asProtected(t))).toEqual([]);
  });

  it('the district table adds up the schools of each district, and together with the school table gives nothing away', async () => {
    const t = await fetchTable('DISTRICT');
    compareWithTruth(t, expectedCounts((id) => districtOf.get(id)!));
    expect(t.rows.every((r) => r.district.code === r.key)).toBe(true);
    expect(checkPublishedTable(asProtected(t))).toEqual([]);

    // A reader holding both tables: every row and column of each, plus "district = sum of its schools".
    const [bySchool, byDistrict] = [asProtected(await fetchTable('SCHOOL', analyst)), asProtected(await fetchTable('DISTRICT', analyst))];
    const relations: PublishedRelation[] = [];
    for (const p of [bySchool, byDistrict]) {
      const grid = [...p.rows.map((r) => [...r.cells, r.total]), [...p.columnTotals, p.grandTotal]];
      grid.forEach((line) => relations.push({ total: line.at(-1)!, parts: line.slice(0, -1) }));
      grid[0].forEach((_, j) => relations.push({ total: grid.at(-1)![j], parts: grid.slice(0, -1).map((line) => line[j]) }));
    }
    // Column totals are the same counts in both tables: one unknown each, not two.
    byDistrict.columnTotals.forEach((c, j) => relations.push({ total: c, parts: [bySchool.columnTotals[j]] }));
    relations.push({ total: byDistrict.grandTotal, parts: [bySchool.grandTotal] });
    for (const d of byDistrict.rows) {
      const schoolsOf = bySchool.rows.filter((r) => districtOf.get(r.key) === d.key);
      [...d.cells, d.total].forEach((total, j) => relations.push({ total, parts: schoolsOf.map((r) => [...r.cells, r.total][j]) }));
    }
    expect(findPinnedByBounds(relations)).toEqual([]);
  });

  it('a cell is hidden the same way in every query: the school table twice, a filtered row, and a one-school district', async () => {
    const first = await fetchTable('SCHOOL', analyst);
    expect(await fetchTable('SCHOOL', analyst)).toEqual(first);
    const byDistrict = await fetchTable('DISTRICT', analyst);
    expect(byDistrict.columnTotals).toEqual(first.columnTotals);
    expect(byDistrict.grandTotal).toEqual(first.grandTotal);

    const schoolsPerDistrict = new Map<string, string[]>();
    for (const [id, code] of districtOf) schoolsPerDistrict.set(code, [...(schoolsPerDistrict.get(code) ?? []), id]);
    const single = [...schoolsPerDistrict].filter(([, ids]) => ids.length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const [code, [id]] of single) {
      const schoolRow = first.rows.find((r) => r.key === id)!;
      const districtRow = byDistrict.rows.find((r) => r.key === code)!;
      expect(districtRow.cells).toEqual(schoolRow.cells);
      expect(districtRow.total).toEqual(schoolRow.total);
    }

    const hiddenRow = first.rows.find((r) => r.cells.some((c) => c.count.suppressed))!;
    const sliced = await fetchTable('SCHOOL', analyst, [hiddenRow.key]);
    expect(sliced.rows).toEqual([hiddenRow]);
    expect(sliced.columnTotals).toEqual(first.columnTotals);
  });

  it('the whole cohort is counted with one GROUP BY, whatever the breakdown', async () => {
    const knex = sg.subgraph.orm.em.getConnection().getKnex();
    const statements: string[] = [];
    const onQuery = (q: { sql: string }) => statements.push(q.sql);
    knex.on('query', onQuery);
    try {
      await fetchTable('DISTRICT');
    } finally {
      knex.removeListener('query', onQuery);
    }
    expect(statements.filter((s) => /group by/i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /\bleaver\b/i.test(s))).toHaveLength(1);
  });

  it('a schools caseworker (the owner) reads the table with its schools', async () => {
    const { body } = await sg.query(`{ leaverStatistics(cohortYear: ${COHORT}, by: SCHOOL) { rows { key school { id } } } }`, {}, caseworker('schools'));
    expect(body.errors).toBeUndefined();
    expect(body.data.leaverStatistics.rows.every((r: { key: string; school: { id: string } }) => r.school.id === r.key)).toBe(true);
  });

  it('an employment caseworker and a coordination caseworker (not an analyst) are refused with FORBIDDEN and get no counts', async () => {
    for (const identity of [caseworker('employment'), caseworker('coordination')]) {
      const { body } = await sg.query(leaverTable, { year: COHORT, by: 'SCHOOL' }, identity);
      expect(body.data).toBeNull();
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(leaksInternals(body.errors)).toBe(false);
    }
  });

  it('a year out of range or an unknown row key is refused with a code', async () => {
    const year = await sg.query(leaverTable, { year: 1800, by: 'SCHOOL' }, analyst);
    expect(year.body.errors[0].extensions.code).toBe('INVALID_YEAR');
    const key = await sg.query(leaverTable, { year: COHORT, by: 'DISTRICT', keys: ['99'] }, analyst);
    expect(key.body.errors[0].extensions.code).toBe('UNKNOWN_ROW');
  });
});
