import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A young person, known across partners only by a random pseudonym.' })
@Directive('@key(fields: "pseudonym")')
export class Youth {
  @Field(() => ID, { description: 'Random pseudonym issued by the municipality with the first consent.' })
  pseudonym!: string;
}
