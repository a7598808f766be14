import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataCategory, LocalDate } from '@kassel-hub/kit';
import type { Partner, Purpose as PurposeName } from '@kassel-hub/protocol';
import { ConsentGiver, Purpose, Recipient } from './enums';

@ObjectType({ description: 'A consent of a young person (or guardian) in the city\'s consent register.' })
@Entity({ tableName: 'consent' })
// A cohort's monitoring panel is read for every coordination report; only MONITORING consents have a cohort year.
@Index({ name: 'consent_monitoring_panel_index', properties: ['cohortYear', 'pseudonym'] })
export class Consent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The young person\'s pseudonym.' })
  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => Purpose, { description: 'The purpose the consent is given for.' })
  @Property({ type: 'text' })
  purpose!: PurposeName;

  @Field(() => [Recipient], { description: 'Partners that may receive the released data.' })
  @Property({ type: 'text[]' })
  recipients!: Exclude<Partner, 'municipality'>[];

  @Field(() => [DataCategory], { description: 'Categories of data released.' })
  @Enum({ items: () => DataCategory, array: true, nativeEnumName: 'data_category' })
  categories!: DataCategory[];

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'Last day the consent applies.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => Int, { nullable: true, description: 'For MONITORING consents: the leaving cohort whose monitoring panel the young person joins.' })
  @Property({ type: 'smallint', nullable: true })
  cohortYear?: number | null;

  @Field(() => ConsentGiver)
  @Enum({ items: () => ConsentGiver, nativeEnumName: 'consent_giver' })
  givenBy!: ConsentGiver;

  @Field(() => Int, { description: 'Age of the young person when the consent was given.' })
  @Property({ type: 'smallint' })
  ageAtConsent!: number;

  @Field(() => Date, { description: 'When the consent was recorded.' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Field(() => Date, { nullable: true, description: 'When the consent was withdrawn; from then on it releases nothing.' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  withdrawnBy?: string | null;
}
