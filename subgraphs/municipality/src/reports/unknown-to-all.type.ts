import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import type { FollowUpCandidate } from './follow-up-list';

@ObjectType({
  description:
    '"No one gets lost": panel members known to no partner 3, 6 or 12 months after leaving school (the three windows are protected together, so they cannot be subtracted). Known by the cut-off (leaving date + monthsAfterLeaving) is what the destinations report counts as not unknown: a next step in a sector (a training contract or a transition-system measure begun by the cut-off, or the next step the school recorded at leaving), or a dated record between the leaving date and the cut-off (a career-guidance contact, any other measure begun, the applicant\'s status on 30 September, a transition-manager case opened or closed). A record without such a date (an SGB II flag, guidance while still at school, a case opened before leaving and still open) does not make a leaver known.',
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

  /** Candidates for the list (not a field): everyone counted in `count`. */
  unknown!: FollowUpCandidate[];

  /** Resolved by `UnknownToAllListResolver` (`followUpList`): a manager sees only their own school's. */
  pseudonyms?: string[] | null;
}
