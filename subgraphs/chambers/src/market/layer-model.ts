import type { EntityManager } from '@mikro-orm/postgresql';
import { protectList, protectTable, type ProtectedCount } from '@kassel-hub/governance';
import type { LayerModelRate } from '../entities/layer-model-rate.type';

const TERMINATED = 'TERMINATED_IN_R';
const OTHER = 'NOT_TERMINATED_IN_R';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const rate = (part: ProtectedCount, base: ProtectedCount) => (part.value === null || base.value === null || base.value === 0 ? null : part.value / base.value);

/**
 * LQneu of reporting year R from the register. The layers t = R-3 … R form one table (rows: start
 * years; columns: terminated in R or not), protected whole, so that B_t and L_t^R are suppressed
 * together and no hidden count follows from the others. Contracts begun before R-3 and terminated
 * in R are left out, as in BIBB's formula: no apprenticeship lasts longer than four years.
 */
export async function layerModelRate(em: EntityManager, year: number, today: string): Promise<LayerModelRate> {
  const starts = [year - 3, year - 2, year - 1, year];
  const rows = await em.execute<{ start_year: number; begun: number; terminated: number }[]>(
    `select extract(year from start_date)::int as start_year, count(*)::int as begun,
            (count(*) filter (where terminated_on between ? and ?))::int as terminated
       from training_contract where start_date between ? and ? group by 1`,
    [`${year}-01-01`, `${year}-12-31`, `${year - 3}-01-01`, `${year}-12-31`],
  );
  const counts = rows.flatMap((r) => [
    { row: String(r.start_year), column: TERMINATED, count: r.terminated },
    { row: String(r.start_year), column: OTHER, count: r.begun - r.terminated },
  ]);
  const table = protectTable({ rows: starts.map(String), columns: [TERMINATED, OTHER], counts });
  const layers = table.rows.map((r, i) => {
    const layerRate = rate(r.cells[0], r.total);
    return { startYear: starts[i], newContracts: r.total, terminatedInReportYear: r.cells[0], rate: layerRate === null ? null : round4(layerRate) };
  });
  // An empty layer (no contract begun in t) adds nothing, as in BIBB's sum.
  const parts = table.rows.map((r) => (r.total.value === 0 ? 0 : rate(r.cells[0], r.total)));
  return {
    reportYear: year,
    complete: today > `${year}-12-31`,
    layers,
    terminatedInReportYear: table.columnTotals[0],
    lqNeu: parts.some((p) => p === null) ? null : round4(parts.reduce<number>((a, p) => a + p!, 0)),
  };
}

/**
 * New contracts of a BA reporting year R, as BIBB's survey of 30 September counts them: concluded
 * from 1 October of R-1 to 30 September of R and still in force on 30 September. The register's
 * export has the start date, not the day of signing; contracts begun within the reporting year
 * stand for those concluded in it (nearly all begin in August or September). One count, protected
 * on its own (a count of 1 or 2 is hidden).
 */
export async function newContractsOfReportingYear(em: EntityManager, year: number): Promise<ProtectedCount> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from training_contract
      where start_date between ? and ? and (terminated_on is null or terminated_on > ?)`,
    [`${year - 1}-10-01`, `${year}-09-30`, `${year}-09-30`],
  );
  return protectList({ categories: ['NEW_CONTRACTS'], counts: [{ category: 'NEW_CONTRACTS', count: row.n }] }).total;
}
