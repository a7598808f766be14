import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { EmploymentMeasure } from './enums';

@ObjectType({ description: 'Participation in a measure of the employment agency or Jobcenter.' })
@Entity({ tableName: 'measure_participation' })
export class MeasureParticipation {
  @Field(() => ID, { description: 'Participation number in the employment agency\'s records.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => EmploymentMeasure, { description: 'The measure taken part in.' })
  @Enum({ items: () => EmploymentMeasure, nativeEnumName: 'employment_measure' })
  measure!: EmploymentMeasure;

  @Field(() => LocalDate, { description: 'First day of participation.' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of participation; null while it is running.' })
  @Property({ type: 'date', nullable: true })
  end?: string | null;
}
