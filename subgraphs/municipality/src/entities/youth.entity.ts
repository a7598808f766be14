import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A young person, known across partners only by a random pseudonym.' })
@Directive('@key(fields: "pseudonym")')
export class Youth {
  @Field(() => ID, { description: 'Random pseudonym issued by the municipality; never derived from name or birth date.' })
  pseudonym!: string;
}
