import { OCCUPATIONS } from '../catalogue/occupations';
import { pseudonymIssuer } from '../build/pseudonyms';
import { createRandom } from '../random';
import type { ApplicantOutcome } from '../types';
import type { ExportTable } from './german-csv';
import { germanDate } from './german-csv';
import { APPLICANT_OUTCOME_LABEL } from './labels';

const OUTCOMES: ApplicantOutcome[] = ['PLACED', 'ALTERNATIVE_SEARCHING', 'OTHER_FORMER', 'UNPLACED', 'UNKNOWN'];

/**
 * A large applicants export for timing imports: `count` applicants of report years 2020–2025 with
 * fresh pseudonyms (so none collides with seeded data) in the applicants export's format.
 * `revision` > 0 changes the outcome of every hundredth row, as a corrected re-delivery would.
 */
export function benchApplicantsTable(count: number, revision = 0, seed = 2014): ExportTable {
  const random = createRandom(`bench-applicants:${seed}`);
  const pseudonyms = pseudonymIssuer(random.fork('pseudonyms'));
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const year = random.int(2020, 2025);
    const occupation = random.pick(OCCUPATIONS);
    let outcome = random.pick(OUTCOMES);
    if (revision > 0 && i % 100 === 0) outcome = OUTCOMES[(OUTCOMES.indexOf(outcome) + revision) % OUTCOMES.length]!;
    rows.push([pseudonyms(), String(year), germanDate(random.dateBetween(`${year - 1}-10-01`, `${year}-06-30`)), occupation.kldb, occupation.title, APPLICANT_OUTCOME_LABEL[outcome]]);
  }
  return { header: ['Pseudonym', 'Berichtsjahr', 'Meldedatum', 'KldB Zielberuf', 'Zielberuf', 'Verbleib zum 30.09.'], rows };
}
