import { Field, ID, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { District } from '../stubs';
import { QualificationCount } from './qualification-count.type';

@ObjectType({ description: 'One row of a leaver table: a school or a district, its leavers per qualification, and its total.' })
export class LeaverTableRow {
  @Field(() => ID, { description: 'The row key: the school number for SCHOOL rows, the district code (01–23) for DISTRICT rows.' })
  key!: string;

  @Field(() => District, { description: 'For a SCHOOL row the district where the school is located; for a DISTRICT row the district itself.' })
  district!: District;

  /** Set for SCHOOL rows; the `school` field resolves it through the request's loader. */
  schoolId!: string | null;

  @Field(() => [QualificationCount], { description: 'Leavers per qualification, one entry per qualification in the order of the Qualification enum.' })
  cells!: QualificationCount[];

  @Field(() => CountCell, { description: 'All leavers of this row\'s school or district in the cohort.' })
  total!: CountCell;
}
