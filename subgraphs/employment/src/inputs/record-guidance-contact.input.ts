import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { GuidanceChannel } from '../entities/enums';

@InputType({ description: 'A career-guidance contact as the counsellor records it after the conversation.' })
export class RecordGuidanceContactInput {
  @Field(() => ID, { description: 'The young person\'s pseudonym.' })
  pseudonym!: string;

  @Field(() => LocalDate, { description: 'Day of the contact; not in the future.' })
  date!: string;

  @Field(() => GuidanceChannel, { description: 'How the contact took place.' })
  channel!: GuidanceChannel;

  @Field(() => String, { nullable: true, description: 'Occupational wish: KldB 2010 code of a recognised apprenticeship occupation; omit when none was expressed.' })
  wishKldb?: string | null;

  @Field(() => ID, { nullable: true, description: 'School number of the school that hosted a consultation hour; only with channel SCHOOL_CONSULTATION_HOUR.' })
  schoolId?: string | null;

  @Field(() => String, { nullable: true, description: 'The counsellor\'s note (at most 2,000 characters); stored for the counsellor, never released through the hub.' })
  note?: string | null;
}
