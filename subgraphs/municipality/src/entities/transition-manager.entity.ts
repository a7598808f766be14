import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The city's staffing register of transition managers: a staff handle (the `sub` of the manager's
 * token) and the school they work at. It decides whose leavers a manager may see on the
 * "no one gets lost" follow-up list: only those of their own school.
 */
@Entity({ tableName: 'transition_manager' })
export class TransitionManager {
  @PrimaryKey({ type: 'text' })
  handle!: string;

  @Index()
  @Property({ type: 'text' })
  schoolId!: string;
}
