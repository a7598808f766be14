import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ContractPanelRecord, EmploymentPanelRecord, SchoolPanelRecord } from '@kassel-hub/kit';

@ObjectType({
  description:
    'A leaving cohort (the year its members left school) and the coordination office\'s reports on it. Reports cover the cohort\'s monitoring panel: leavers whose MONITORING consent names the coordination office.',
})
@Directive('@key(fields: "year")')
export class Cohort {
  @Field(() => Int, { description: 'Year of leaving school.' })
  year!: number;

  @Directive('@external')
  @Field(() => [SchoolPanelRecord], { nullable: true })
  schoolRecords?: SchoolPanelRecord[] | null;

  @Directive('@external')
  @Field(() => [ContractPanelRecord], { nullable: true })
  contractRecords?: ContractPanelRecord[] | null;

  @Directive('@external')
  @Field(() => [EmploymentPanelRecord], { nullable: true })
  employmentRecords?: EmploymentPanelRecord[] | null;
}
