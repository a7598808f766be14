import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';

@ObjectType({ description: 'A pupil on a school\'s leaving-class list (Abgangsklassenliste): expected to leave school in the cohort year.' })
@Entity({ tableName: 'leaving_class_entry' })
@Unique({ properties: ['pseudonym', 'cohortYear'] })
export class LeavingClassEntry {
  @PrimaryKey({ autoincrement: true, type: 'integer' })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Property({ type: 'text' })
  schoolId!: string;

  @Field(() => Int, { description: 'Calendar year in which the pupil is expected to leave school (the leaving cohort).' })
  @Property({ type: 'smallint' })
  cohortYear!: number;

  @Field(() => LocalDate, { description: 'Date the school expects the pupil to leave, e.g. the day the certificates are handed out.' })
  @Property({ type: 'date' })
  expectedLeavingDate!: string;
}
