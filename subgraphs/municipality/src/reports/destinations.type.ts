import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { LocalDate } from '@kassel-hub/kit';

@ObjectType({ description: 'Destinations of one row of a leaving cohort at the cut-off date.' })
export class DestinationRow {
  @Field({ description: 'School number, district code (99: outside Kassel), FEMALE/MALE/DIVERSE, GERMAN/NON_GERMAN, CITY, or TOTAL.' })
  key!: string;

  @Field({ description: 'School or district name, or a readable label.' })
  label!: string;

  @Field(() => CountCell, { description: 'Sector I: in an apprenticeship (training contract begun by the cut-off).' })
  apprenticeship!: CountCell;

  @Field(() => CountCell, { description: 'Sector II: in the transition system (BvB, EQ, BÜA, Jugendwerkstatt).' })
  transitionSystem!: CountCell;

  @Field(() => CountCell, { description: 'Sector III: at school for a higher qualification.' })
  furtherSchool!: CountCell;

  @Field(() => CountCell, { description: 'Sector IV: at university.' })
  university!: CountCell;

  @Field(() => CountCell, {
    description: 'In none of the sectors, but known to a partner after leaving: a dated record between the leaving date and the cut-off (a guidance contact, another measure begun, the applicant\'s status on 30 September, a transition-manager case opened or closed).',
  })
  other!: CountCell;

  @Field(() => CountCell, {
    description: 'Known to no partner between leaving and the cut-off; the same definition as unknownToAll (an SGB II flag, guidance while still at school or a case opened before leaving and still open do not count as known).',
  })
  unknown!: CountCell;

  @Field(() => CountCell)
  total!: CountCell;

  @Field(() => Float, { nullable: true, description: 'Direct transition rate: apprenticeship ÷ total; null when either is suppressed.' })
  directTransitionRate!: number | null;
}

@ObjectType({ description: 'Destination of a leaving cohort at a cut-off date (iABE sectors), under disclosure control.' })
export class DestinationTable {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => LocalDate)
  cutoff!: string;

  @Field(() => [DestinationRow], { description: 'One row per school, district, sex or nationality group (all of them, also empty ones).' })
  rows!: DestinationRow[];

  @Field(() => DestinationRow, { description: 'The whole panel of the cohort.' })
  total!: DestinationRow;
}
