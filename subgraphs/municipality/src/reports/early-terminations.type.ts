import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { LocalDate } from '@kassel-hub/kit';

@ObjectType({ description: 'Contracts of one group and how many of them ended early.' })
export class EarlyTerminationRow {
  @Field({ description: 'Start-year layer (<Y, Y, Y+1, Y+2+ as e.g. "<2025", "2025", "2026", "2027+"), KldB occupation group (3 digits), or qualification code.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => CountCell, { description: 'Training contracts begun (B).' })
  contracts!: CountCell;

  @Field(() => CountCell, { description: 'Of them, terminated before their planned end (L; Vertragslösungen recorded so far).' })
  terminatedEarly!: CountCell;

  @Field(() => Float, { nullable: true, description: 'L ÷ B; null when either is suppressed.' })
  rate!: number | null;
}

@ObjectType({
  description:
    'Panel members whose first training contract ended early, and whether they began another contract within 12 months of that end (from the termination day to 12 months after it). A window is closed when the 12 months have passed by the reference date; only closed windows make the rate, open ones are counted apart.',
})
export class ReEntryReport {
  @Field(() => LocalDate, { description: 'The data\'s reference date (the day of the query) that tells closed windows from open ones.' })
  referenceDate!: string;

  @Field(() => CountCell, { description: 'Members whose first contract ended early (windowClosed + windowOpen).' })
  firstContractEndedEarly!: CountCell;

  @Field(() => CountCell, { description: 'Of them, the first contract ended at least 12 months before the reference date: the window is closed (reEnteredWithin12Months + notReEntered).' })
  windowClosed!: CountCell;

  @Field(() => CountCell, { description: 'Closed windows: began another contract within the 12 months.' })
  reEnteredWithin12Months!: CountCell;

  @Field(() => CountCell, { description: 'Closed windows: no new contract within the 12 months.' })
  notReEntered!: CountCell;

  @Field(() => CountCell, { description: 'Of them, the 12 months have not passed by the reference date (reEnteredSoFar + notYetReEntered); not part of the rate.' })
  windowOpen!: CountCell;

  @Field(() => CountCell, { description: 'Open windows: began another contract already.' })
  reEnteredSoFar!: CountCell;

  @Field(() => CountCell, { description: 'Open windows: no new contract yet; may still re-enter.' })
  notYetReEntered!: CountCell;

  @Field(() => Float, { nullable: true, description: 'reEnteredWithin12Months ÷ windowClosed (closed windows only); null when either is suppressed or no window is closed.' })
  reEntryRate!: number | null;
}

@ObjectType({
  description:
    'Early terminations (Vertragslösungen) of the training contracts of the cohort\'s panel members, followed over their whole duration: contracts are layered by the calendar year they began (t), each layer\'s rate is L_t ÷ B_t (ended early so far over begun), and the cohort\'s rate pools the layers, Σ_t L_t ÷ Σ_t B_t: the share of the cohort\'s contracts terminated early. This is a cohort rate, not BIBB\'s LQneu; the LQneu of the same reporting year, from the chambers\' whole register, is `reportingYear.earlyTerminationRate.lqNeu` beside it. Contracts still running may yet end early: recent cohorts\' rates grow.',
})
export class EarlyTerminationReport {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => CountCell, { description: 'All training contracts of the panel members (Σ_t B_t).' })
  contracts!: CountCell;

  @Field(() => CountCell, { description: 'Of them, ended early (Σ_t L_t).' })
  terminatedEarly!: CountCell;

  @Field(() => Float, { nullable: true, description: 'Early-termination rate Σ_t L_t ÷ Σ_t B_t; null when either is suppressed.' })
  rate!: number | null;

  @Field(() => [EarlyTerminationRow], {
    description: 'The layers by start year t, a fixed catalogue: before the leaving year (<Y), the leaving year (Y), the year after (Y+1), and later years together (Y+2+), where only a few re-entries begin.',
  })
  layers!: EarlyTerminationRow[];

  @Field(() => [EarlyTerminationRow], { description: 'By KldB 2010 occupation group (first 3 digits), all groups of the occupations in the panel\'s contracts and wishes.' })
  byOccupationGroup!: EarlyTerminationRow[];

  @Field(() => [EarlyTerminationRow], { description: 'By the member\'s school-leaving qualification (all Hessian qualifications).' })
  byQualification!: EarlyTerminationRow[];

  @Field(() => ReEntryReport)
  reEntry!: ReEntryReport;
}
