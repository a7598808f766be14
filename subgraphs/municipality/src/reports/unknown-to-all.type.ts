import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/kit';

@ObjectType({
  description:
    '"No one gets lost": panel members known to no partner 3, 6 or 12 months after leaving school (the three windows are protected together, so they cannot be subtracted). Known means any of: a training contract begun by the cut-off (leaving date + monthsAfterLeaving); an employment-agency or Jobcenter measure begun by then; a youth-welfare measure (Jugendwerkstatt) begun by then; a career-guidance contact after the leaving date, up to the cut-off; an applicant record for the cohort\'s reporting year; a transition-manager case; a next step the school recorded at leaving. Unknown to all: none of these.',
})
export class UnknownToAllReport {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => Int)
  monthsAfterLeaving!: number;

  @Field(() => CountCell, { description: 'Panel members known to no partner at the cut-off.' })
  count!: CountCell;

  @Field(() => CountCell, { description: 'All panel members of the cohort (the base).' })
  leavers!: CountCell;

  @Field(() => Float, { nullable: true, description: 'count ÷ leavers; null when either is suppressed.' })
  share!: number | null;

  /** Candidates for the list (not a field): pseudonyms of everyone counted in `count`. */
  unknown!: string[];

  /**
   * Resolved by `UnknownToAllResolver`: only the city's transition managers see it, and only for
   * members whose TRANSITION_SUPPORT consent is in force.
   */
  pseudonyms?: string[] | null;
}
