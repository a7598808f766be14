import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { ReportBreakdown } from './breakdown';

@ObjectType({
  description:
    'Entry into training of one group of panel members. Applicant: registered for an apprenticeship in the reporting year ending 30 September of the cohort year. New contract: a training contract begun between 1 August and 31 December of the cohort year.',
})
export class EntryIntoTrainingCells {
  @Field(() => CountCell, { description: 'Panel members who applied or began a new contract (each counted once); the row\'s population.' })
  applicantsOrNewContracts!: CountCell;

  @Field(() => CountCell, {
    description: 'Interested in training as BIBB\'s EQI counts them (institutionell erfasste Ausbildungsinteressierte): newContracts + notEntered.',
  })
  interested!: CountCell;

  @Field(() => CountCell, { description: 'Panel members with a new contract (begun 1 August–31 December of the cohort year); each counted once.' })
  newContracts!: CountCell;

  @Field(() => CountCell, {
    description:
      'Applicants without a new contract who did not enter training: status on 30 September other than placed (with an alternative and still searching, other former applicants, unplaced, unknown).',
  })
  notEntered!: CountCell;

  @Field(() => CountCell, { description: 'Applicants registered with the employment agency for the reporting year ending 30 September of the cohort year.' })
  applicants!: CountCell;

  @Field(() => CountCell, { description: 'Applicants unplaced ("unversorgt") on 30 September.' })
  unplaced!: CountCell;

  @Field(() => CountCell, { description: 'Applicants whose whereabouts were unknown on 30 September.' })
  unknown!: CountCell;

  @Field(() => Float, {
    nullable: true,
    description: 'Einmündungsquote der Ausbildungsinteressierten (EQI, BIBB): newContracts ÷ interested; null when either is suppressed.',
  })
  eqi!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unplaced ÷ applicants; null when either is suppressed.' })
  unplacedShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unknown ÷ applicants; null when either is suppressed.' })
  unknownShare!: number | null;
}

@ObjectType({ description: 'One row of the entry-into-training table, split by the SGB II flag in columns: all, with and without SGB II.' })
export class EntryIntoTrainingRow {
  @Field({ description: 'District code (99: outside Kassel), CITY, or TOTAL.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => EntryIntoTrainingCells, { description: 'Everyone in the row (withSgb2 + withoutSgb2).' })
  all!: EntryIntoTrainingCells;

  @Field(() => EntryIntoTrainingCells, { description: 'Those whose household receives basic income support (SGB II, Jobcenter flag).' })
  withSgb2!: EntryIntoTrainingCells;

  @Field(() => EntryIntoTrainingCells, { description: 'Those without the SGB II flag (including those the Jobcenter does not know).' })
  withoutSgb2!: EntryIntoTrainingCells;
}

@ObjectType({
  description:
    'Entry into training of the cohort\'s panel (EQI, unplaced and unknown applicants), by city or district of residence, each row split by SGB II flag. All cells of every breakdown come from one protected system, so CITY and DISTRICT answers agree. The market-wide EQI and ANR of the partners\' registers are under `reportingYear.trainingMarket`.',
})
export class EntryIntoTrainingTable {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => ReportBreakdown)
  by!: ReportBreakdown;

  @Field(() => [EntryIntoTrainingRow], { description: 'One row per district (all 23 and outside Kassel), or the single CITY row.' })
  rows!: EntryIntoTrainingRow[];

  @Field(() => EntryIntoTrainingRow, { description: 'The whole panel.' })
  total!: EntryIntoTrainingRow;
}
