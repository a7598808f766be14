/**
 * The synthetic Kassel that the generator produces: one consistent world, from which each partner's
 * seeder takes only the slice that partner would really hold. Codes are real (districts, KldB 2010,
 * Hessian qualifications); names of schools and companies are fictional.
 */

export type Sex = 'female' | 'male' | 'diverse';
export type NationalityGroup = 'german' | 'non_german';
export type Chamber = 'IHK' | 'HWK';

/** Hessian school-leaving qualifications: see @kassel-hub/reference. */
import type { Qualification } from '@kassel-hub/reference';
export type { Qualification };

export type SchoolType =
  | 'HAUPTSCHULE'
  | 'REALSCHULE'
  | 'MITTELSTUFENSCHULE'
  | 'GYMNASIUM'
  | 'GESAMTSCHULE' // KGS/IGS
  | 'FOERDERSCHULE'
  | 'BERUFSSCHULE'
  | 'BERUFSFACHSCHULE'
  | 'FOS'
  | 'BERUFLICHES_GYMNASIUM';

/** iABE sectors of a leaver's destination, plus other/unknown. */
export type Destination = 'APPRENTICESHIP' | 'TRANSITION_SYSTEM' | 'FURTHER_SCHOOL' | 'UNIVERSITY' | 'OTHER' | 'UNKNOWN';

/** BA applicant outcome on 30 September. */
/** BA status on 30 September; the two alternatives are apart because only the searching ones are demand. */
export type ApplicantOutcome = 'PLACED' | 'ALTERNATIVE_SEARCHING' | 'OTHER_FORMER' | 'UNPLACED' | 'UNKNOWN';

/** Measures of the transition system run by the employment agency / Jobcenter. */
export type EmploymentMeasure = 'BVB' | 'EQ' | 'ASA_FLEX' | 'BUEA';
/** Youth vocational assistance measures of the city's youth welfare office (§13 SGB VIII). */
export type WelfareMeasure = 'JUGENDWERKSTATT';

export type OrientationKind = 'POTENZIALANALYSE' | 'INTERNSHIP';
export type GuidanceChannel = 'IN_PERSON' | 'PHONE' | 'VIDEO' | 'SCHOOL_CONSULTATION_HOUR';
export type CaseOutcome = 'APPRENTICESHIP' | 'TRANSITION_SYSTEM' | 'FURTHER_SCHOOL' | 'DROPPED_OUT' | 'MOVED_AWAY' | 'OTHER';
export type TerminationReason = 'BY_TRAINEE' | 'BY_EMPLOYER' | 'MUTUAL' | 'OTHER';

export interface District {
  code: string; // '01'..'23'
  name: string;
  population: number;
  under25: number;
  /** percent of the population 15–64 */
  unemploymentRate: number;
  /** percent of under-65s receiving SGB II */
  sgb2Rate: number;
  /** percent of residents without German citizenship */
  foreignShare: number;
  /** percent of households with children headed by a single parent */
  singleParentShare: number;
  /** 0..1, drives how risks cluster in generated people */
  risk: number;
}

export interface School {
  id: string; // 'S001'
  name: string;
  type: SchoolType;
  districtCode: string;
  hasTransitionManager: boolean;
}

export interface Occupation {
  kldb: string; // KldB 2010, 5 digits
  title: string; // recognised apprenticeship occupation (BIBB)
  chamber: Chamber;
  /** share of women among new contracts, 0..1 */
  femaleShare: number;
  durationMonths: number;
}

export interface Company {
  id: string; // 'C0001'
  name: string;
  chamber: Chamber;
  districtCode: string;
  /** occupations the company trains in */
  occupations: string[];
}

export interface Youth {
  pseudonym: string;
  sex: Sex;
  birthYear: number;
  nationalityGroup: NationalityGroup;
  /** district of residence; null when living outside Kassel (e.g. Landkreis Kassel) */
  districtCode: string | null;
  sgb2: boolean; // household receives SGB II
  /** true destination six months after leaving (ground truth; each partner sees a part of it) */
  destination: Destination;
}

export interface Pupil {
  pseudonym: string;
  schoolId: string;
  cohortYear: number; // year of leaving
  leavingDate: string; // ISO date
  qualification: Qualification;
}

export interface OrientationActivity {
  id: string;
  pseudonym: string;
  kind: OrientationKind;
  date: string;
  companyId?: string; // internships only
  occupationKldb?: string; // internships only
  weeks?: number;
}

export interface GuidanceContact {
  id: string;
  pseudonym: string;
  date: string;
  channel: GuidanceChannel;
  /** occupational wish recorded at guidance (KldB) */
  wishKldb: string | null;
  note: string | null;
}

export interface Applicant {
  id: string;
  pseudonym: string;
  reportYear: number; // reporting year ending 30 Sep
  registeredOn: string;
  targetKldb: string;
  outcome: ApplicantOutcome;
}

export interface Vacancy {
  id: string;
  companyId: string;
  occupationKldb: string;
  reportYear: number;
  reportedOn: string;
  places: number;
  filled: number;
}

export interface MeasureParticipation {
  id: string;
  pseudonym: string;
  measure: EmploymentMeasure;
  start: string;
  end: string | null;
}

export interface TrainingContract {
  id: string;
  pseudonym: string;
  companyId: string;
  occupationKldb: string;
  chamber: Chamber;
  startDate: string;
  plannedEndDate: string;
  /** early termination (Vertragslösung), if any */
  terminatedOn: string | null;
  terminationReason: TerminationReason | null;
}

export interface TransitionCase {
  id: string;
  pseudonym: string;
  schoolId: string;
  manager: string; // fictional staff handle, e.g. 'tm-03'
  openedOn: string;
  closedOn: string | null;
  outcome: CaseOutcome | null;
}

export interface WelfareParticipation {
  id: string;
  pseudonym: string;
  measure: WelfareMeasure;
  start: string;
  end: string | null;
}

/** Official labour-market figures from the seed document (Kassel, April 2014). */
export interface LabourMarketFigure {
  period: string; // '2014-04'
  indicator: 'UNEMPLOYMENT_RATE' | 'YOUTH_UNEMPLOYMENT_RATE';
  scope: 'TOTAL' | 'SGB_III' | 'SGB_II';
  value: number; // percent
}

export interface KasselData {
  seed: number;
  scale: number;
  cohortYears: number[];
  districts: District[];
  schools: School[];
  occupations: Occupation[];
  companies: Company[];
  youth: Youth[];
  /** schools */
  pupils: Pupil[];
  orientation: OrientationActivity[];
  /** employment */
  guidance: GuidanceContact[];
  applicants: Applicant[];
  vacancies: Vacancy[];
  measures: MeasureParticipation[];
  /** chambers */
  contracts: TrainingContract[];
  /** municipality */
  cases: TransitionCase[];
  welfare: WelfareParticipation[];
  labourMarket: LabourMarketFigure[];
}
