import { DATA_CUTOFF, addDays, minDate } from '../dates';
import type { Random } from '../random';
import type { Company, TrainingContract, Vacancy } from '../types';
import { reportYearOf } from './contracts';
import { idSequence } from './ids';

/**
 * Reported places without a contract from a generated leaver, per new contract. Calibrated so that
 * registered applicants ÷ reported places matches the BA's figures for the Stadt Kassel in 2024/25
 * (1,289 Bewerber ÷ 1,416 betriebliche Ausbildungsstellen = 0.91; Agentur für Arbeit Kassel,
 * Presseinfo 89/2025). ASSUMPTION: in the real city part of these places go to people the synthetic
 * cohorts do not contain (earlier leavers, commuters from the Landkreis); here they stay unfilled.
 * Sources: datagen/SOURCES.md.
 */
export const UNFILLED_SHARE = 0.38;
const MAX_PLACES = 4;

interface Row {
  companyId: string;
  occupationKldb: string;
  reportYear: number;
  places: number;
  filled: number;
  firstStart: string | null;
}

/**
 * Apprenticeship places reported to the employment agency: one row per company, occupation and
 * reporting year. Filled places mirror the contracts that began in that year; UNFILLED_SHARE more
 * places are reported than filled, on rows that already exist or on companies that found nobody.
 */
export function buildVacancies(random: Random, contracts: readonly TrainingContract[], companies: readonly Company[]): Vacancy[] {
  const rows = new Map<string, Row>();
  const contractsPerYear = new Map<number, number>();
  for (const c of contracts) {
    const reportYear = reportYearOf(c.startDate);
    contractsPerYear.set(reportYear, (contractsPerYear.get(reportYear) ?? 0) + 1);
    const key = `${reportYear}|${c.companyId}|${c.occupationKldb}`;
    const row = rows.get(key);
    if (row) {
      row.filled = Math.min(MAX_PLACES, row.filled + 1);
      row.places = row.filled;
      if (row.firstStart === null || c.startDate < row.firstStart) row.firstStart = c.startDate;
    } else {
      rows.set(key, { companyId: c.companyId, occupationKldb: c.occupationKldb, reportYear, places: 1, filled: 1, firstStart: c.startDate });
    }
  }

  const years = [...contractsPerYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const existing = [...rows.values()].filter((r) => r.reportYear === year);
    let unfilled = Math.round(contractsPerYear.get(year)! * UNFILLED_SHARE);
    // bounded, but generous enough for every scale (each round places at most one, and most rounds do)
    for (let guard = 0, rounds = 20 * unfilled + 1000; unfilled > 0 && guard < rounds; guard++) {
      if (random.chance(0.5)) {
        const row = random.pick(existing);
        if (row.places < MAX_PLACES) {
          row.places++;
          unfilled--;
        }
      } else {
        const company = random.pick(companies);
        const occupationKldb = random.pick(company.occupations);
        const key = `${year}|${company.id}|${occupationKldb}`;
        if (rows.has(key)) continue;
        const row: Row = { companyId: company.id, occupationKldb, reportYear: year, places: 1, filled: 0, firstStart: null };
        rows.set(key, row);
        existing.push(row);
        unfilled--;
      }
    }
  }

  const nextId = idSequence('V', 6);
  return [...rows.values()]
    .sort((a, b) => a.reportYear - b.reportYear || compareText(a.companyId, b.companyId) || compareText(a.occupationKldb, b.occupationKldb))
    .map((r) => ({
      id: nextId(),
      companyId: r.companyId,
      occupationKldb: r.occupationKldb,
      reportYear: r.reportYear,
      reportedOn: reportedOn(random, r),
      places: r.places,
      filled: r.filled,
    }));
}

/** between 1 October of the previous year and the first start (or 30 June), never after the cut-off */
function reportedOn(random: Random, r: Row): string {
  const from = `${r.reportYear - 1}-10-01`;
  let to = minDate(`${r.reportYear}-06-30`, DATA_CUTOFF);
  if (r.firstStart) to = minDate(to, addDays(r.firstStart, -1));
  return to < from ? from : random.dateBetween(from, to);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
