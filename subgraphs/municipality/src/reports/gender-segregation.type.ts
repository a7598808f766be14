import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';

@ObjectType({ description: 'One occupation: the female share among the cohort\'s training contracts and among its occupational wishes at guidance.' })
export class OccupationGenderRow {
  @Field({ description: 'KldB 2010 code (5 digits), or TOTAL.' })
  kldb!: string;

  @Field()
  title!: string;

  @Field(() => CountCell, { description: 'Training contracts of panel members in the occupation (every contract, re-entries included).' })
  contracts!: CountCell;

  @Field(() => CountCell, { description: 'Of them, contracts of women.' })
  femaleContracts!: CountCell;

  @Field(() => Float, { nullable: true, description: 'femaleContracts ÷ contracts; null when a count is suppressed.' })
  femaleShareContracts!: number | null;

  @Field(() => CountCell, { description: 'Panel members who named the occupation as a wish at career guidance (each member once per occupation).' })
  wishes!: CountCell;

  @Field(() => CountCell, { description: 'Of them, women.' })
  femaleWishes!: CountCell;

  @Field(() => Float, { nullable: true, description: 'femaleWishes ÷ wishes; null when a count is suppressed.' })
  femaleShareWishes!: number | null;
}

@ObjectType({
  description:
    'Gender segregation of the cohort\'s occupational choices. Duncan dissimilarity index D = ½ Σ_i |f_i/F − m_i/M| over occupations i (f_i, m_i: women, men in i; F, M: all women, all men; people of diverse sex are in the counts but not in D): the share of women (or of men) who would have to change occupation for both to be distributed alike; 0 = no segregation, 1 = complete. D is computed from all counts (suppressed ones too) and rounded to two decimals, and is null when fewer than 10 women or 10 men are compared.',
})
export class GenderSegregationReport {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => [OccupationGenderRow], { description: 'Every occupation in the whole panel\'s contracts or wishes, by code.' })
  rows!: OccupationGenderRow[];

  @Field(() => OccupationGenderRow, { description: 'All occupations.' })
  total!: OccupationGenderRow;

  @Field(() => Float, { nullable: true, description: 'D over training contracts.' })
  dissimilarityContracts!: number | null;

  @Field(() => Float, { nullable: true, description: 'D over occupational wishes at guidance.' })
  dissimilarityWishes!: number | null;

  @Field(() => Float, { nullable: true, description: 'D over the training contracts of members with a transition-manager case.' })
  dissimilarityWithTransitionManager!: number | null;

  @Field(() => Float, { nullable: true, description: 'D over the training contracts of members without a transition-manager case.' })
  dissimilarityWithoutTransitionManager!: number | null;
}
