import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { Qualification } from '../entities/enums';

@InputType({ description: 'A correction of a leaver\'s record: the qualification, the leaving date or both, with the reason.' })
export class CorrectLeaverInput {
  @Field(() => ID, { description: 'The pupil\'s pseudonym.' })
  pseudonym!: string;

  @Field(() => Int, { description: 'The leaving cohort of the record to correct.' })
  cohortYear!: number;

  @Field(() => Qualification, { nullable: true, description: 'The right qualification; omit to keep it.' })
  qualification?: Qualification | null;

  @Field(() => LocalDate, { nullable: true, description: 'The right leaving date, within the cohort year and not in the future; omit to keep it.' })
  leavingDate?: string | null;

  @Field({ description: 'Why the record is corrected (5–500 characters), e.g. "Nachprüfung bestanden"; kept in the audit trail.' })
  reason!: string;
}
