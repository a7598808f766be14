import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';

@ObjectType({ description: 'Non-Germans in one population of the cohort\'s panel.' })
export class NonGermanShare {
  @Field(() => CountCell, { description: 'Everyone in the population.' })
  total!: CountCell;

  @Field(() => CountCell, { description: 'Of them, without German citizenship (nationality group as the city\'s register records it).' })
  nonGerman!: CountCell;

  @Field(() => Float, { nullable: true, description: 'nonGerman ÷ total; null when either is suppressed.' })
  share!: number | null;
}

@ObjectType({
  description:
    'Share of non-Germans among the cohort\'s panel members: among its leavers, among its applicants for an apprenticeship (reporting year ending 30 September of the cohort year) and among those with a new training contract (begun 1 August–31 December of the cohort year). Counts are cells other reports publish too: leavers those of destinations(by: NATIONALITY), applicants and new contracts those of entryIntoTraining.',
})
export class NonGermanShares {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => NonGermanShare, { description: 'Leavers of the cohort (the panel).' })
  leavers!: NonGermanShare;

  @Field(() => NonGermanShare, { description: 'Applicants for an apprenticeship.' })
  applicants!: NonGermanShare;

  @Field(() => NonGermanShare, { description: 'Members with a new training contract (each counted once).' })
  newContracts!: NonGermanShare;
}
