import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/kit';

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
    'Panel members whose first training contract ended early, and whether they began another contract within 12 months of that end (from the termination day to 12 months after it).',
})
export class ReEntryReport {
  @Field(() => CountCell, { description: 'Members whose first contract ended early.' })
  firstContractEndedEarly!: CountCell;

  @Field(() => CountCell, { description: 'Of them, began another contract within 12 months.' })
  reEnteredWithin12Months!: CountCell;

  @Field(() => CountCell, { description: 'Of them, no new contract and the 12 months have passed.' })
  notReEntered!: CountCell;

  @Field(() => CountCell, { description: 'Of them, no new contract yet, but the 12 months have not passed today.' })
  windowOpen!: CountCell;

  @Field(() => Float, { nullable: true, description: 'reEnteredWithin12Months ÷ firstContractEndedEarly (a lower bound while windows are open); null when either is suppressed.' })
  reEntryRate!: number | null;
}

@ObjectType({
  description:
    'Early terminations (Vertragslösungen) of the training contracts of the cohort\'s panel members, by the BIBB layer model: contracts are layered by the calendar year they began (t); each layer\'s rate is L_t ÷ B_t, the early terminations recorded so far of contracts begun in t over the contracts begun in t. BIBB adds one reporting year\'s layer rates to estimate what a start year loses over its whole duration; a cohort\'s contracts are followed over their whole duration, so the cohort\'s rate pools its layers: Σ_t L_t ÷ Σ_t B_t (adding the layer rates would count a cohort, which begins nearly all its contracts in one year, once per start year). Contracts still running may yet end early: recent cohorts\' rates grow.',
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

  @Field(() => Float, {
    nullable: true,
    description:
      'The BIBB formula applied to this cohort\'s layers: Σ_t L_t ÷ B_t, the sum of the layer rates, for comparison with published layer-model rates; null when a layer count is suppressed. For a cohort it exceeds `rate` whenever contracts begun in more than one year ended early.',
  })
  layerRateSum!: number | null;

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
