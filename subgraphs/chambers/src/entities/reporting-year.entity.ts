import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A reporting year of the training market (1 October to 30 September); owned by the municipality, which computes the cross-partner ratios.' })
@Directive('@key(fields: "year")')
export class ReportingYear {
  @Field(() => Int)
  year!: number;
}
