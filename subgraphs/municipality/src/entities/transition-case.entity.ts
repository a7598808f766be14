import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { CaseOutcome } from './enums';
import { School } from './stubs';

@ObjectType({ description: 'A transition manager\'s case: individual support of a pupil at one of the 8 schools with a transition manager.' })
@Entity({ tableName: 'transition_case' })
export class TransitionCase {
  /** Computed for GraphQL, not a column: not needed to create a case. */
  [OptionalProps]?: 'school';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Property({ type: 'text' })
  schoolId!: string;

  @Field({ description: 'Staff handle of the transition manager in charge.' })
  @Property({ type: 'text' })
  manager!: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while the case is open.' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => CaseOutcome, { nullable: true })
  @Enum({ items: () => CaseOutcome, nativeEnumName: 'case_outcome', nullable: true })
  outcome?: CaseOutcome | null;

  @Field(() => School, { description: 'The school where the transition manager works with the pupil.' })
  get school(): School {
    return { id: this.schoolId };
  }
}
