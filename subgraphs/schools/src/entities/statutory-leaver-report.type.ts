import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { Qualification } from './enums';
import { School } from './school.entity';

@ObjectType({
  description:
    'A leaver without a known next step, reported to the employment agency under §31a SGB III. Only these fields are released; the release ends six months after leaving or when the young person objects.',
})
export class StatutoryLeaverReport {
  @Field(() => ID)
  pseudonym!: string;

  @Field(() => School, { description: 'The school the young person left (for the contact).' })
  school!: School;

  @Field(() => LocalDate)
  leavingDate!: string;

  @Field(() => Qualification)
  qualification!: Qualification;

  @Field({ description: 'The statute this record is released under.' })
  legalBasis!: string;
}
