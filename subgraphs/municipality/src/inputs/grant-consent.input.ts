import { Field, ID, InputType, Int } from 'type-graphql';
import { DataCategory, LocalDate } from '@kassel-hub/kit';
import type { Partner, Purpose as PurposeName } from '@kassel-hub/protocol';
import { ConsentGiver, Purpose, Recipient } from '../entities/enums';

@InputType({ description: 'A consent as declared on the consent form.' })
export class GrantConsentInput {
  @Field(() => ID, { nullable: true, description: 'The young person\'s pseudonym; omit it for a first consent, which issues a new pseudonym.' })
  pseudonym?: string;

  @Field({ nullable: true, description: 'District of residence (01–23) when registering a new young person; omit when living outside Kassel.' })
  districtCode?: string;

  @Field(() => Purpose)
  purpose!: PurposeName;

  @Field(() => [Recipient], { description: 'Partners that may receive the data (at least one).' })
  recipients!: Exclude<Partner, 'municipality'>[];

  @Field(() => [DataCategory], { description: 'Categories released (at least one).' })
  categories!: DataCategory[];

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { description: 'Last day of validity; at most three years after validFrom.' })
  validUntil!: string;

  @Field(() => Int, { nullable: true, description: 'Required for purpose MONITORING: the leaving cohort whose panel the young person joins.' })
  cohortYear?: number;

  @Field(() => ConsentGiver)
  givenBy!: ConsentGiver;

  @Field(() => Int, { description: 'Age of the young person today; from 15 the young person consents, before a guardian.' })
  ageAtConsent!: number;
}
