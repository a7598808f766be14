import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A young person, known across partners only by a random pseudonym.' })
@Directive('@key(fields: "pseudonym")')
export class Youth {
  @Field(() => ID, { description: 'Random pseudonym issued by the municipality with the first consent.' })
  pseudonym!: string;

  @Directive('@external')
  @Field({ description: 'Owned by the municipality\'s consent register: the consent scope for this request, encoded; required by the person-level fields.' })
  consentKey?: string;
}
