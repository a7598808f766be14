import { InvalidArgumentError } from '@kassel-hub/kit';

/*
 * The cut-offs the destinations report answers for a cohort: a fixed few, protected together. With
 * any day allowed, the tables of two adjacent days differed by the one or two people whose
 * destination changed in between (one non-German leaver in district 12 who began a measure on
 * 19 August), and a cell hidden in one table could be read off the other.
 */

/** The cut-offs of leaving cohort `year`, earliest first: 30 Sep and 31 Dec of the leaving year, 30 Jun of the next. */
export const servedCutoffs = (year: number): readonly string[] => [`${year}-09-30`, `${year}-12-31`, `${year + 1}-06-30`];

/** The report's default cut-off, and the one the dashboard and the nationality shares read: 31 December. */
export const defaultCutoff = (year: number) => `${year}-12-31`;

/** The cut-off asked for, if it is one of the cohort's; else INVALID_CUTOFF naming those there are. */
export function assertCutoff(year: number, cutoff: string | null | undefined): string {
  const at = cutoff ?? defaultCutoff(year);
  const served = servedCutoffs(year);
  if (!served.includes(at)) {
    throw new InvalidArgumentError('INVALID_CUTOFF', `the destinations of cohort ${year} are given at ${served.join(', ')} only`, 'cutoff');
  }
  return at;
}
