import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A leaving cohort; owned by the municipality, which holds its monitoring panel.' })
@Directive('@key(fields: "year")')
export class Cohort {
  @Field(() => Int)
  year!: number;

  @Directive('@external')
  @Field(() => [ID], { nullable: true, description: 'Pseudonyms of the cohort\'s monitoring panel (consenting young people).' })
  panel?: string[] | null;
}
