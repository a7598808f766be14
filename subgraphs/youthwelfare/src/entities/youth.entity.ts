import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConsentScope } from '@kassel-hub/kit';

@ObjectType({ description: 'A young person, known across partners only by a random pseudonym.' })
@Directive('@key(fields: "pseudonym")')
export class Youth {
  @Field(() => ID, { description: 'Random pseudonym issued by the municipality with the first consent.' })
  pseudonym!: string;

  @Directive('@external')
  @Field(() => ConsentScope, { nullable: true, description: 'Owned by the municipality\'s consent register; required by the person-level fields.' })
  consentScope?: ConsentScope | null;
}
