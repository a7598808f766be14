import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ApplicantMarket, CountCell } from '@kassel-hub/governance';

@ObjectType({
  description:
    'A reporting year R of the training market: the BA\'s year from 1 October of R-1 to 30 September of R, and the calendar year R of the chambers\' register. The chambers give the new contracts and the early-termination rate, the employment agency the applicants and reported places, the municipality the ratios of both (EQI, ANR). Market-wide figures of the partners\' registers, not of a cohort\'s panel. Analysts of the coordination office (and each partner for its own figures) only.',
})
@Directive('@key(fields: "year")')
export class ReportingYear {
  @Field(() => Int, { description: 'R.' })
  year!: number;

  @Directive('@external')
  @Field(() => CountCell)
  newContracts?: CountCell;

  @Directive('@external')
  @Field(() => ApplicantMarket)
  applicantMarket?: ApplicantMarket;
}
