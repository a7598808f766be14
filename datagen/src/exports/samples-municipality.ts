import type { CaseOutcome, Destination, KasselData } from '../types';
import { germanDate } from './german-csv';
import { CASE_OUTCOME_LABEL } from './labels';
import { sample, type SampleExport } from './sample-export';

/** The outcome a transition manager records for a young person's destination. */
const OUTCOME: Record<Destination, CaseOutcome> = {
  APPRENTICESHIP: 'APPRENTICESHIP',
  TRANSITION_SYSTEM: 'TRANSITION_SYSTEM',
  FURTHER_SCHOOL: 'FURTHER_SCHOOL',
  UNIVERSITY: 'FURTHER_SCHOOL',
  OTHER: 'OTHER',
  UNKNOWN: 'DROPPED_OUT',
};

/**
 * The transition managers' cases of the two newest leaving cohorts (Fallliste), from the city's case
 * system. The newest cohort's cases are still open in the seed; three of them have since been
 * closed with their outcome.
 */
export function transitionCasesSample(world: KasselData): SampleExport {
  const year = Math.max(...world.cohortYears);
  const youth = new Map(world.youth.map((y) => [y.pseudonym, y]));
  const districtName = new Map(world.districts.map((d) => [d.code, d.name]));
  const cases = world.cases.filter((c) => c.openedOn >= `${year - 2}-09-01`);
  const open = cases.map((c, i) => (c.closedOn === null ? i : -1)).filter((i) => i >= 0);
  const closed = new Set(open.filter((_, k) => k % 40 === 5).slice(0, 3));
  const rows = cases.map((c, i) => {
    const person = youth.get(c.pseudonym)!;
    const closedOn = closed.has(i) ? `${year}-09-30` : c.closedOn;
    const outcome = closed.has(i) ? OUTCOME[person.destination] : c.outcome;
    return [
      c.id,
      c.pseudonym,
      c.schoolId,
      c.manager,
      person.districtCode ? districtName.get(person.districtCode)! : '',
      germanDate(c.openedOn),
      germanDate(closedOn),
      outcome ? CASE_OUTCOME_LABEL[outcome] : '',
    ];
  });
  const header = ['Fallnummer', 'Pseudonym', 'Schulnummer', 'Übergangsmanager', 'Stadtteil', 'Eröffnet am', 'Abgeschlossen am', 'Ergebnis'];
  return sample('municipality', 'transition-cases', 'windows-1252', { header, rows }, 0, closed.size);
}

/** A figure with a decimal comma, as the statistics office's spreadsheet writes it. */
const germanDecimal = (n: number) => String(n).replace('.', ',');

/**
 * The statistics office's district table (Stadtteilprofile): all 23 districts, one of them with
 * its figures updated for a newer year.
 */
export function districtsSample(world: KasselData): SampleExport {
  const revised = '11';
  const rows = world.districts.map((d) => {
    const r = d.code === revised ? { ...d, population: d.population + 120, under25: d.under25 + 45, unemploymentRate: d.unemploymentRate - 0.5 } : d;
    return [r.code, r.name, String(r.population), String(r.under25), ...[r.unemploymentRate, r.sgb2Rate, r.foreignShare, r.singleParentShare].map(germanDecimal)];
  });
  const header = ['Stadtteil-Nr.', 'Stadtteil', 'Einwohner', 'unter 25 Jahre', 'Arbeitslosenquote', 'SGB-II-Quote', 'Ausländeranteil', 'Alleinerziehendenanteil'];
  return sample('municipality', 'districts', 'windows-1252', { header, rows }, 0, 1);
}
