import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { GuidanceChannel } from './enums';
import { Occupation, School } from './stubs';

@ObjectType({ description: 'A career-guidance contact (Berufsberatung) of the employment agency with a young person.' })
@Entity({ tableName: 'guidance_contact' })
export class GuidanceContact {
  @Field(() => ID, { description: 'Contact number in the employment agency\'s records.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => LocalDate, { description: 'Date of the contact.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => GuidanceChannel, { description: 'How the contact took place.' })
  @Enum({ items: () => GuidanceChannel, nativeEnumName: 'guidance_channel' })
  channel!: GuidanceChannel;

  @Property({ type: 'text', nullable: true })
  wishKldb?: string | null;

  @Property({ type: 'text', nullable: true })
  schoolId?: string | null;

  // The counsellor's free text stays with the caseworker: stored, never a GraphQL field.
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Occupation, { nullable: true, description: 'Occupational wish recorded at the contact; null when none was recorded.' })
  get wish(): Occupation | null {
    return this.wishKldb ? { kldb: this.wishKldb } : null;
  }

  @Field(() => School, {
    nullable: true,
    description: 'The school that hosted a consultation hour; null for other channels or a school outside Kassel.',
  })
  get school(): School | null {
    return this.schoolId ? { id: this.schoolId } : null;
  }
}
