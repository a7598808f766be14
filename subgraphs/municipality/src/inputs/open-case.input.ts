import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';

@InputType({ description: 'A transition manager opens a case for a pupil of their school.' })
export class OpenTransitionCaseInput {
  @Field(() => ID, { description: 'The young person\'s pseudonym (registered with a consent first).' })
  pseudonym!: string;

  @Field(() => ID, { description: 'School number of one of the schools with transition managers.' })
  schoolId!: string;

  @Field({ description: 'Staff handle of the transition manager in charge, e.g. tm-03.' })
  manager!: string;

  @Field(() => LocalDate, { description: 'Date the case opens; not in the future.' })
  openedOn!: string;
}
