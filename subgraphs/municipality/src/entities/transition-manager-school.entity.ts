import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** The schools where the city employs transition managers (Übergangsmanager/innen). */
@Entity({ tableName: 'transition_manager_school' })
export class TransitionManagerSchool {
  @PrimaryKey({ type: 'text' })
  schoolId!: string;

  @Property({ type: 'smallint' })
  managers!: number;
}
