import { OCCUPATION_BY_KLDB } from '../catalogue/occupations';
import type { KasselData } from '../types';
import { germanDate } from './german-csv';
import { APPLICANT_OUTCOME_LABEL } from './labels';
import { sample, type SampleExport } from './sample-export';

const ROWS = 300;
const title = (kldb: string) => OCCUPATION_BY_KLDB.get(kldb)?.title ?? '';

/** The newest complete reporting year of the employment agency. */
const reportYear = (world: KasselData) => Math.max(...world.cohortYears);

/**
 * Applicants with their status on 30 September (Bewerber mit Verbleib), one reporting year. Three
 * applicants whose whereabouts were unknown have since told the agency of an alternative and stopped searching (andere ehemalige Bewerber).
 */
export function applicantsSample(world: KasselData): SampleExport {
  const year = reportYear(world);
  const applicants = world.applicants.filter((a) => a.reportYear === year).slice(0, ROWS);
  const corrected = new Set(applicants.map((a, i) => (a.outcome === 'UNKNOWN' ? i : -1)).filter((i) => i >= 0).slice(0, 3));
  const rows = applicants.map((a, i) => [
    a.pseudonym,
    String(a.reportYear),
    germanDate(a.registeredOn),
    a.targetKldb,
    title(a.targetKldb),
    APPLICANT_OUTCOME_LABEL[corrected.has(i) ? 'OTHER_FORMER' : a.outcome],
  ]);
  const header = ['Pseudonym', 'Berichtsjahr', 'Meldedatum', 'KldB Zielberuf', 'Zielberuf', 'Verbleib zum 30.09.'];
  return sample('employment', 'applicants', 'utf8-bom', { header, rows }, 0, corrected.size);
}

/**
 * Reported apprenticeship places (gemeldete Ausbildungsstellen) of one reporting year. Three rows
 * report one more place than first recorded; two companies reported places late (new rows).
 */
export function vacanciesSample(world: KasselData): SampleExport {
  const year = reportYear(world);
  const company = new Map(world.companies.map((c) => [c.id, c]));
  const ofYear = world.vacancies.filter((v) => v.reportYear === year);
  const taken = new Set(ofYear.map((v) => `${v.companyId}|${v.occupationKldb}`));
  const vacancies = ofYear.slice(0, ROWS);
  const corrected = new Set([5, 105, 205].filter((i) => i < vacancies.length));
  const rows = vacancies.map((v, i) => [
    v.companyId,
    company.get(v.companyId)!.name,
    v.occupationKldb,
    title(v.occupationKldb),
    String(v.reportYear),
    germanDate(v.reportedOn),
    String(v.places + (corrected.has(i) ? 1 : 0)),
    String(v.filled),
  ]);
  // Late reports: the first companies (by number) with an occupation they had no places in that year.
  const late = world.companies
    .flatMap((c) => c.occupations.map((kldb) => ({ c, kldb })))
    .filter(({ c, kldb }) => !taken.has(`${c.id}|${kldb}`))
    .slice(0, 2);
  for (const { c, kldb } of late) rows.push([c.id, c.name, kldb, title(kldb), String(year), germanDate(`${year}-05-15`), '2', '0']);
  const header = ['Betriebsnummer', 'Betrieb', 'KldB', 'Beruf', 'Berichtsjahr', 'Meldedatum', 'Gemeldete Stellen', 'Besetzte Stellen'];
  return sample('employment', 'vacancies', 'windows-1252', { header, rows }, late.length, corrected.size);
}
