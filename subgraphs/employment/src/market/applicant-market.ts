import type { EntityManager } from '@mikro-orm/postgresql';
import { protectList, type ApplicantMarket } from '@kassel-hub/governance';
import { ApplicantOutcome } from '../entities/enums';

/** Every status, in the BA's order; the list's total is all applicants. */
const OUTCOMES = Object.values(ApplicantOutcome);
const VACANCY_PARTS = ['FILLED', 'UNFILLED'];

/**
 * Counts one reporting year's applicants by status and its reported places, and protects each as
 * a complete list with its total (fixed categories, never a client filter), so that the
 * municipality's ratios can only use counts that disclosure control lets out.
 */
export async function applicantMarket(em: EntityManager, year: number): Promise<ApplicantMarket> {
  const byOutcome = await em.execute<{ outcome: string; n: number }[]>(
    'select outcome::text as outcome, count(*)::int as n from applicant where report_year = ? group by outcome',
    [year],
  );
  const [places] = await em.execute<{ filled: number; unfilled: number }[]>(
    'select coalesce(sum(filled), 0)::int as filled, coalesce(sum(places - filled), 0)::int as unfilled from vacancy where report_year = ?',
    [year],
  );
  const applicants = protectList({ categories: OUTCOMES, counts: byOutcome.map((r) => ({ category: r.outcome, count: r.n })) });
  const vacancies = protectList({
    categories: VACANCY_PARTS,
    counts: [
      { category: 'FILLED', count: places.filled },
      { category: 'UNFILLED', count: places.unfilled },
    ],
  });
  const outcome = (o: ApplicantOutcome) => applicants.items.find((i) => i.key === o)!.count;
  return {
    applicants: applicants.total,
    placed: outcome(ApplicantOutcome.PLACED),
    alternativeSearching: outcome(ApplicantOutcome.ALTERNATIVE_SEARCHING),
    otherFormer: outcome(ApplicantOutcome.OTHER_FORMER),
    unplaced: outcome(ApplicantOutcome.UNPLACED),
    unknown: outcome(ApplicantOutcome.UNKNOWN),
    reportedPlaces: vacancies.total,
    unfilledPlaces: vacancies.items[1].count,
  } as ApplicantMarket;
}
