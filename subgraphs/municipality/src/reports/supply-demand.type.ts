import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/kit';
import { ReportBreakdown } from './breakdown';

@ObjectType({
  description:
    'The training market of one group of panel members. Interested: applicants for an apprenticeship in the reporting year ending 30 September of the cohort year, plus those who began a new contract without registering. New contract: a training contract begun between 1 August and 31 December of the cohort year.',
})
export class SupplyDemandCells {
  @Field(() => CountCell, { description: 'Panel members who registered interest in training (applicants ∪ new contracts).' })
  interested!: CountCell;

  @Field(() => CountCell, { description: 'Panel members with a new contract (begun 1 August–31 December of the cohort year); each counted once.' })
  newContracts!: CountCell;

  @Field(() => CountCell, { description: 'Applicants registered with the employment agency for the reporting year ending 30 September of the cohort year.' })
  applicants!: CountCell;

  @Field(() => CountCell, { description: 'Applicants unplaced ("unversorgt") on 30 September.' })
  unplaced!: CountCell;

  @Field(() => CountCell, { description: 'Applicants whose whereabouts were unknown on 30 September.' })
  unknown!: CountCell;

  @Field(() => Float, { nullable: true, description: 'Supply-demand ratio (EQI): new contracts ÷ interested; null when either is suppressed.' })
  supplyDemandRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unplaced ÷ applicants; null when either is suppressed.' })
  unplacedShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unknown ÷ applicants; null when either is suppressed.' })
  unknownShare!: number | null;
}

@ObjectType({ description: 'One row of the supply-demand table, split by the SGB II flag in columns: all, with and without SGB II.' })
export class SupplyDemandRow {
  @Field({ description: 'District code (99: outside Kassel), CITY, or TOTAL.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => SupplyDemandCells, { description: 'Everyone in the row (withSgb2 + withoutSgb2).' })
  all!: SupplyDemandCells;

  @Field(() => SupplyDemandCells, { description: 'Those whose household receives basic income support (SGB II, Jobcenter flag).' })
  withSgb2!: SupplyDemandCells;

  @Field(() => SupplyDemandCells, { description: 'Those without the SGB II flag (including those the Jobcenter does not know).' })
  withoutSgb2!: SupplyDemandCells;
}

@ObjectType({
  description:
    'Supply and demand for apprenticeships among the cohort\'s panel, by city or district of residence, each row split by SGB II flag. All cells of every breakdown come from one protected system, so CITY and DISTRICT answers agree.',
})
export class SupplyDemandTable {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => ReportBreakdown)
  by!: ReportBreakdown;

  @Field(() => [SupplyDemandRow], { description: 'One row per district (all 23 and outside Kassel), or the single CITY row.' })
  rows!: SupplyDemandRow[];

  @Field(() => SupplyDemandRow, { description: 'The whole panel.' })
  total!: SupplyDemandRow;
}
