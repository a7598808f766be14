import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ContractPanel, EmploymentPanel, SchoolPanel, WelfarePanel, type Received } from '@kassel-hub/governance';

@ObjectType({
  description:
    'A leaving cohort (the year its members left school) and the coordination office\'s reports on it. Reports cover the cohort\'s monitoring panel: leavers whose MONITORING consent names the coordination office.',
})
@Directive('@key(fields: "year")')
export class Cohort {
  @Field(() => Int, { description: 'Year of leaving school.' })
  year!: number;

  @Directive('@external')
  @Field(() => SchoolPanel, { nullable: true })
  schoolPanel?: Received<SchoolPanel> | null;

  @Directive('@external')
  @Field(() => ContractPanel, { nullable: true })
  contractPanel?: Received<ContractPanel> | null;

  @Directive('@external')
  @Field(() => EmploymentPanel, { nullable: true })
  employmentPanel?: Received<EmploymentPanel> | null;

  @Directive('@external')
  @Field(() => WelfarePanel, { nullable: true })
  welfarePanel?: Received<WelfarePanel> | null;
}
