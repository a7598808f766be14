import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { NextStep, Qualification } from './enums';

@ObjectType({ description: 'A pupil leaving a general school: the school career as the schools record it.' })
@Entity({ tableName: 'leaver' })
@Unique({ properties: ['pseudonym', 'cohortYear'] })
export class Leaver {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true, type: 'integer' })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Index()
  @Property({ type: 'text' })
  schoolId!: string;

  @Field(() => Int, { description: 'Calendar year in which the pupil left school (the leaving cohort).' })
  @Index()
  @Property({ type: 'smallint' })
  cohortYear!: number;

  @Field(() => LocalDate, { description: 'Date of leaving school.' })
  @Property({ type: 'date' })
  leavingDate!: string;

  @Field(() => Qualification, { description: 'Highest school-leaving qualification obtained.' })
  @Enum({ items: () => Qualification, nativeEnumName: 'qualification' })
  qualification!: Qualification;

  @Field(() => NextStep, { nullable: true, description: 'Confirmed next step at leaving; null when none is known.' })
  @Enum({ items: () => NextStep, nativeEnumName: 'next_step', nullable: true })
  nextStep?: NextStep | null;
}
