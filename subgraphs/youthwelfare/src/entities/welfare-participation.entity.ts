import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { WelfareMeasure } from './enums';

@ObjectType({ description: 'Participation in a youth vocational assistance measure of the youth welfare office (§13 SGB VIII).' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'welfare_participation' })
export class WelfareParticipation {
  @Field(() => ID, { description: 'Participation number in the youth welfare office\'s records.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** Not a field: a participation is reached through its young person, whose consent decides. */
  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => WelfareMeasure, { description: 'The measure taken part in.' })
  @Enum({ items: () => WelfareMeasure, nativeEnumName: 'welfare_measure' })
  measure!: WelfareMeasure;

  @Field(() => LocalDate, { description: 'First day of participation.' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of participation; null while it is running.' })
  @Property({ type: 'date', nullable: true })
  end?: string | null;
}
