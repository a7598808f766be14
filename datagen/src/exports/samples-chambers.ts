import { OCCUPATION_BY_KLDB } from '../catalogue/occupations';
import { addDays, addMonths } from '../dates';
import { reportYearOf } from '../build/contracts';
import type { KasselData, TerminationReason, TrainingContract } from '../types';
import { germanDate } from './german-csv';
import { CHAMBER_LABEL, TERMINATION_REASON_LABEL } from './labels';
import { sample, type SampleExport } from './sample-export';

const ROWS = 300;
const REASONS: TerminationReason[] = ['BY_TRAINEE', 'BY_EMPLOYER', 'MUTUAL', 'OTHER'];

/** Register numbers of the contracts the sample adds; the generator's run from T000001 upwards. */
const NEW_REGISTER_NUMBERS = ['T900001', 'T900002'];
const NEW_CONTRACT_START = '2026-09-01';

/**
 * New training contracts (neu abgeschlossene Ausbildungsverträge) of the newest training year, from
 * the register (Verzeichnis der Berufsausbildungsverhältnisse, §34 BBiG). Three running contracts
 * were shortened by six months (Verkürzung); two contracts were registered late.
 */
export function contractsSample(world: KasselData): SampleExport {
  const year = Math.max(...world.cohortYears);
  const company = new Map(world.companies.map((c) => [c.id, c]));
  const contracts = world.contracts.filter((c) => reportYearOf(c.startDate) === year).slice(0, ROWS);
  const shortened = new Set(contracts.map((c, i) => (c.terminatedOn === null ? i : -1)).filter((i) => i >= 0 && i % 100 === 7));
  const row = (c: Pick<TrainingContract, 'id' | 'pseudonym' | 'companyId' | 'occupationKldb' | 'startDate' | 'plannedEndDate'>) => {
    const occupation = OCCUPATION_BY_KLDB.get(c.occupationKldb)!;
    return [c.id, c.pseudonym, c.companyId, company.get(c.companyId)!.name, c.occupationKldb, occupation.title, CHAMBER_LABEL[occupation.chamber], germanDate(c.startDate), germanDate(c.plannedEndDate)];
  };
  const rows = contracts.map((c, i) => row(shortened.has(i) ? { ...c, plannedEndDate: addMonths(c.plannedEndDate, -6) } : c));
  // Late registrations: leavers of the newest cohort without any contract, at a company entitled to the occupation.
  const withContract = new Set(world.contracts.map((c) => c.pseudonym));
  const newcomers = world.pupils.filter((p) => p.cohortYear === year && !withContract.has(p.pseudonym)).slice(0, NEW_REGISTER_NUMBERS.length);
  newcomers.forEach((p, i) => {
    const trainer = world.companies[i * 7]!;
    const kldb = trainer.occupations[0]!;
    const months = OCCUPATION_BY_KLDB.get(kldb)!.durationMonths;
    rows.push(row({ id: NEW_REGISTER_NUMBERS[i]!, pseudonym: p.pseudonym, companyId: trainer.id, occupationKldb: kldb, startDate: NEW_CONTRACT_START, plannedEndDate: addMonths(NEW_CONTRACT_START, months) }));
  });
  const header = ['Vertragsnummer', 'Pseudonym', 'Betriebsnummer', 'Betrieb', 'KldB', 'Ausbildungsberuf', 'Kammer', 'Ausbildungsbeginn', 'Vertragsende'];
  return sample('chambers', 'contracts', 'windows-1252', { header, rows }, newcomers.length, shortened.size);
}

/**
 * Early terminations (Vertragslösungen) of the current training year. Two reasons were recorded
 * wrongly at first, one date a week too late; two running contracts of earlier years were
 * dissolved by mutual agreement at the end of October.
 */
export function terminationsSample(world: KasselData): SampleExport {
  const year = Math.max(...world.cohortYears);
  const terminated = world.contracts.filter((c) => c.terminatedOn !== null && c.terminatedOn >= `${year}-10-01`).slice(0, ROWS);
  const wrongReason = new Set([3, 53].filter((i) => i < terminated.length));
  // A week earlier must still lie after the first day of training.
  const lateDate = terminated.findIndex((c, i) => i >= 103 && addDays(c.terminatedOn!, -7) > c.startDate);
  const rows = terminated.map((c, i) => {
    const reason = wrongReason.has(i) ? REASONS[(REASONS.indexOf(c.terminationReason!) + 1) % REASONS.length]! : c.terminationReason!;
    const date = i === lateDate ? addDays(c.terminatedOn!, -7) : c.terminatedOn!;
    return [c.id, c.pseudonym, germanDate(date), TERMINATION_REASON_LABEL[reason]];
  });
  const corrections = wrongReason.size + (lateDate >= 0 ? 1 : 0);
  // Contracts of earlier training years (so no other sample touches them) that still run past the end of October.
  const dissolvedOn = `${year + 1}-10-30`;
  const running = world.contracts
    .filter((c) => c.terminatedOn === null && reportYearOf(c.startDate) < year && c.plannedEndDate > dissolvedOn)
    .slice(0, 2);
  for (const c of running) rows.push([c.id, c.pseudonym, germanDate(dissolvedOn), TERMINATION_REASON_LABEL.MUTUAL]);
  const header = ['Vertragsnummer', 'Pseudonym', 'Lösungsdatum', 'Lösungsgrund'];
  return sample('chambers', 'terminations', 'utf8-bom', { header, rows }, running.length, corrections);
}
