import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PackedColumn } from '@kassel-hub/governance';

@ObjectType({ description: 'A leaving cohort; owned by the municipality, which holds its monitoring panel.' })
@Directive('@key(fields: "year")')
export class Cohort {
  @Field(() => Int)
  year!: number;

  @Directive('@external')
  @Field(() => PackedColumn, { nullable: true, description: 'Pseudonyms of the cohort\'s monitoring panel (consenting young people), packed.' })
  panel?: string[] | null;
}
