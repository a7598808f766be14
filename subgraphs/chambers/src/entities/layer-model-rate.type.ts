import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';

@ObjectType({ description: 'One layer of the BIBB layer model: the contracts begun in one calendar year and those of them terminated early in the reporting year.' })
export class TerminationLayer {
  @Field(() => Int, { description: 'Calendar year the contracts began (t, from R-3 to R).' })
  startYear!: number;

  @Field(() => CountCell, { description: 'New contracts begun in t (B_t, the register\'s start date standing for the conclusion date).' })
  newContracts!: CountCell;

  @Field(() => CountCell, { description: 'Of them, terminated early in the reporting year R (L_t^R).' })
  terminatedInReportYear!: CountCell;

  @Field(() => Float, { nullable: true, description: 'L_t^R ÷ B_t, rounded to 4 decimals; null when either count is suppressed or B_t is 0.' })
  rate!: number | null;
}

@ObjectType({
  description:
    'The early-termination rate (Lösungsquote, LQneu) of one reporting year by BIBB\'s layer model (Schichtenmodell), as Destatis and BIBB publish it, from the chambers\' whole register: LQneu = Σ_{t=R-3..R} L_t^R ÷ B_t, the terminations in year R of contracts begun in t over the contracts begun in t. It estimates the share of a start cohort that will end early over its whole duration. The four layers are one table under disclosure control; LQneu is null when any of its counts is hidden.',
})
export class LayerModelRate {
  @Field(() => Int, { description: 'Reporting year R (a calendar year, as in the Berufsbildungsstatistik).' })
  reportYear!: number;

  @Field({ description: 'Whether R had ended on the data\'s reference date (today); while it runs, its terminations and so LQneu still grow.' })
  complete!: boolean;

  @Field(() => [TerminationLayer], { description: 'The layers t = R-3, R-2, R-1, R.' })
  layers!: TerminationLayer[];

  @Field(() => CountCell, { description: 'Early terminations in R of contracts begun from R-3 to R (Σ_t L_t^R).' })
  terminatedInReportYear!: CountCell;

  @Field(() => Float, { nullable: true, description: 'LQneu, Σ_t L_t^R ÷ B_t, rounded to 4 decimals (0.25 = 25 %); null when a layer\'s count is suppressed.' })
  lqNeu!: number | null;
}
