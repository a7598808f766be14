import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { WelfareMeasure } from './enums';

@ObjectType({ description: 'Participation in a youth-welfare measure of the city.' })
@Entity({ tableName: 'welfare_participation' })
export class WelfareParticipation {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => WelfareMeasure)
  @Enum({ items: () => WelfareMeasure, nativeEnumName: 'welfare_measure' })
  measure!: WelfareMeasure;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  start!: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  end?: string | null;
}
