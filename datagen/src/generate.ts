import { DISTRICTS } from './catalogue/districts';
import { LABOUR_MARKET_2014_04 } from './catalogue/labour-market';
import { OCCUPATIONS } from './catalogue/occupations';
import { SCHOOLS } from './catalogue/schools';
import { buildApplicants } from './build/applicants';
import { buildCases } from './build/cases';
import { buildCompanies } from './build/companies';
import { buildContracts } from './build/contracts';
import { buildGuidance } from './build/guidance';
import { buildMeasures } from './build/measures';
import { buildOrientation } from './build/orientation';
import { buildPeople } from './build/people';
import { buildVacancies } from './build/vacancies';
import { buildWelfare } from './build/welfare';
import { createRandom } from './random';
import type { KasselData, Pupil } from './types';

export interface GenerateOptions {
  /** PRNG seed; the same seed and scale always give byte-identical output (default 2014) */
  seed?: number;
  /** multiplies youth-related volumes (young people and companies); schools and districts stay fixed (default 1) */
  scale?: number;
  /** called as long steps advance, e.g. to print progress in the seeder */
  onProgress?: (step: string, done: number, total: number) => void;
}

/** the leaving cohorts the world covers; each has about 1,900 leavers at scale 1 */
export const COHORT_YEARS: readonly number[] = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

const STEPS = ['people', 'companies', 'orientation', 'guidance', 'applicants', 'contracts', 'vacancies', 'measures', 'cases', 'welfare'] as const;

/**
 * Generates the synthetic Kassel: one consistent world from which each partner's seeder takes its
 * slice. Each step draws from its own random stream (forked by step name), so a change in one step
 * leaves the others' output untouched.
 */
export function generate(options: GenerateOptions = {}): KasselData {
  const seed = options.seed ?? 2014;
  const scale = options.scale ?? 1;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);

  const random = createRandom(seed);
  const progress = options.onProgress ?? (() => undefined);
  let stepsDone = 0;
  const stepDone = (step: (typeof STEPS)[number]) => progress(step, ++stepsDone, STEPS.length);

  const cohortYears = [...COHORT_YEARS];
  const people = buildPeople(random.fork('people'), {
    cohortYears,
    scale,
    onCohort: (done, total) => progress('people: cohort', done, total),
  });
  stepDone('people');
  const companies = buildCompanies(random.fork('companies'), scale);
  stepDone('companies');
  const orientation = buildOrientation(random.fork('orientation'), people, companies);
  stepDone('orientation');
  const guidance = buildGuidance(random.fork('guidance'), people);
  stepDone('guidance');
  const applicants = buildApplicants(random.fork('applicants'), people);
  stepDone('applicants');
  const contracts = buildContracts(random.fork('contracts'), people, companies);
  stepDone('contracts');
  const vacancies = buildVacancies(random.fork('vacancies'), contracts, companies);
  stepDone('vacancies');
  const measures = buildMeasures(random.fork('measures'), people, contracts);
  stepDone('measures');
  const cases = buildCases(random.fork('cases'), people, cohortYears[cohortYears.length - 1]!);
  stepDone('cases');
  const welfare = buildWelfare(random.fork('welfare'), people);
  stepDone('welfare');

  return {
    seed,
    scale,
    cohortYears,
    // copies, so that a caller editing its data cannot change the catalogues for the next call
    districts: DISTRICTS.map((d) => ({ ...d })),
    schools: SCHOOLS.map((s) => ({ ...s })),
    occupations: OCCUPATIONS.map((o) => ({ ...o })),
    companies,
    youth: people.map((p) => p.youth),
    pupils: people.map((p) => p.pupil).filter((p): p is Pupil => p !== null),
    orientation,
    guidance,
    applicants,
    vacancies,
    measures,
    contracts,
    cases,
    welfare,
    labourMarket: LABOUR_MARKET_2014_04.map((f) => ({ ...f })),
  };
}
