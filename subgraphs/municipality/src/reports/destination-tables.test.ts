import { describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { checkPublishedDifferences, checkPublishedTable, protectTable, type ProtectedTable } from '@kassel-hub/governance';
import { ReportBreakdown, rowsFor } from './breakdown';
import { assertCutoff, servedCutoffs } from './destination-cutoffs';
import { protectAllDestinations, type DestinationTableData } from './destination-tables';
import { DESTINATIONS, destinationOf } from './destinations';
import type { PanelMember } from './panel';
import { worldMembers } from './world-members.test-support';

/*
 * The coordination office asks for a cohort's destinations at 30 September, 31 December and
 * 30 June; a reader holds the three tables side by side and subtracts them. Whatever pair they
 * take, no change of 1 or 2 between two published counts and no hidden count that the two tables
 * together give away, for every cohort and every breakdown of the generated Kassel.
 */

const world = generate({ seed: 2014, scale: 0.5 });
const membersOf = worldMembers(world);

/** A destination table as the kit's readers see one (rows × destinations, with margins). */
const asKitTable = (t: DestinationTableData): ProtectedTable => ({
  threshold: 3,
  columns: DESTINATIONS,
  rows: t.rows.map((r) => ({ key: r.key, cells: DESTINATIONS.map((d) => r.cells[d]), total: r.total })),
  columnTotals: DESTINATIONS.map((d) => t.total.cells[d]),
  grandTotal: t.total.total,
});

/** How the report protected its tables before: each cut-off's table alone. */
function eachAlone(members: PanelMember[], by: ReportBreakdown, cutoffs: readonly string[]): Map<string, ProtectedTable> {
  const { rows, rowOf } = rowsFor(by, members);
  return new Map(
    cutoffs.map((c) => {
      const counts = new Map<string, number>();
      for (const m of members) counts.set(`${rowOf(m)}|${destinationOf(m, c)}`, (counts.get(`${rowOf(m)}|${destinationOf(m, c)}`) ?? 0) + 1);
      const cells = [...counts].map(([k, count]) => ({ row: k.split('|')[0], column: k.split('|')[1], count }));
      return [c, protectTable({ rows: rows.map((r) => r.key), columns: DESTINATIONS, counts: cells })];
    }),
  );
}

describe('destinations at the served cut-offs, protected together', () => {
  const breakdowns = Object.values(ReportBreakdown);

  it('no pair of served tables of any cohort and breakdown reveals a small change or a hidden count', () => {
    let compared = 0;
    let shownPairs = 0;
    for (const year of world.cohortYears) {
      const members = membersOf(year);
      const served = protectAllDestinations(members, servedCutoffs(year));
      for (const by of breakdowns) {
        const tables = served.get(by)!;
        expect([...tables.keys()]).toEqual(servedCutoffs(year));
        const kit = new Map([...tables].map(([c, t]) => [c, asKitTable(t)]));
        for (const [c, t] of kit) expect(checkPublishedTable(t), `${year} ${by} ${c}`).toEqual([]);
        expect(checkPublishedDifferences(kit), `${year} ${by}`).toEqual([]);
        // the true counts behind every published one (the tables are still the report's)
        for (const [c, t] of tables) {
          const { rowOf } = rowsFor(by, members);
          for (const row of t.rows) {
            for (const d of DESTINATIONS) {
              const truth = members.filter((m) => rowOf(m) === row.key && destinationOf(m, c) === d).length;
              if (!row.cells[d].suppressed) expect(row.cells[d].value, `${year} ${by} ${c} ${row.key}/${d}`).toBe(truth);
              else if (truth === 0) throw new Error(`${year} ${by} ${c} ${row.key}/${d}: a 0 is hidden`);
            }
          }
        }
        for (const row of [...kit.values()][0].rows) {
          const cells = [...kit.values()].map((t) => t.rows.find((r) => r.key === row.key)!.cells);
          shownPairs += cells[0].filter((x, i) => !x.suppressed && !cells[2][i].suppressed).length;
        }
        compared++;
      }
    }
    expect(compared).toBe(world.cohortYears.length * breakdowns.length);
    expect(shownPairs, 'most cells stay published at two cut-offs').toBeGreaterThan(500);
  }, 120_000);

  it('every breakdown publishes the whole cohort\'s destinations alike (its totals row), so no breakdown gives away what another hides', () => {
    for (const year of world.cohortYears) {
      const served = protectAllDestinations(membersOf(year), servedCutoffs(year));
      for (const c of servedCutoffs(year)) {
        const [first, ...others] = breakdowns.map((by) => served.get(by)!.get(c)!.total);
        for (const [i, t] of others.entries()) {
          for (const d of DESTINATIONS) expect(t.cells[d], `${year} ${c} ${breakdowns[i + 1]} ${d}`).toEqual(first.cells[d]);
          expect(t.total).toEqual(first.total);
        }
      }
    }
  }, 120_000);

  it('protected one cut-off at a time (as before), the tables give people away when subtracted', () => {
    const findings = world.cohortYears.flatMap((year) => {
      const members = membersOf(year);
      return breakdowns.flatMap((by) => checkPublishedDifferences(eachAlone(members, by, servedCutoffs(year))));
    });
    expect(findings.filter((f) => f.problem === 'SMALL_DIFFERENCE').length).toBeGreaterThan(0);
  }, 120_000);

  it('serves 30 September, 31 December and 30 June only, and says so with INVALID_CUTOFF', () => {
    expect(assertCutoff(2024, null)).toBe('2024-12-31');
    expect(assertCutoff(2024, '2025-06-30')).toBe('2025-06-30');
    for (const day of ['2024-08-19', '2024-08-20', '2023-12-31', '2025-12-31']) {
      expect(() => assertCutoff(2024, day)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_CUTOFF' }) }));
    }
  });
});
