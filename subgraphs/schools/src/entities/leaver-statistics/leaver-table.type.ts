import { Field, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { LeaverBreakdown } from './leaver-breakdown.enum';
import { LeaverTableRow } from './leaver-table-row.type';
import { QualificationCount } from './qualification-count.type';

@ObjectType({
  description:
    'School leavers of one cohort by school or district and by qualification, under statistical disclosure control. Always computed over the whole cohort and all schools, so a count is hidden the same way in every query; the school and the district tables are protected together.',
})
export class LeaverTable {
  @Field(() => Int, { description: 'Calendar year in which the counted pupils left school.' })
  cohortYear!: number;

  @Field(() => LeaverBreakdown, { description: 'What the rows are.' })
  breakdown!: LeaverBreakdown;

  @Field(() => Int, { description: 'Counts from 1 to threshold − 1 are hidden (primary suppression); zeros are shown.' })
  threshold!: number;

  @Field(() => [LeaverTableRow], { description: 'The rows, by school number or district code ascending; all of them unless keys were given.' })
  rows!: LeaverTableRow[];

  @Field(() => [QualificationCount], { description: 'Leavers of the whole cohort per qualification (the column totals).' })
  columnTotals!: QualificationCount[];

  @Field(() => CountCell, { description: 'All leavers of the cohort (the grand total).' })
  grandTotal!: CountCell;
}
