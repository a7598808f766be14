import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { assertPseudonym, assertYear, InvalidArgumentError, NotFoundError } from '@kassel-hub/kit';
import { assertMayWrite, CASEWORK_ROLES } from '@kassel-hub/import';
import { Leaver } from '../entities/leaver.entity';
import { CorrectLeaverInput } from '../inputs/correct-leaver.input';
import type { Context } from '../context';

/** Checks the input as far as it can be checked without the stored record; throws with a code. */
function validate(input: CorrectLeaverInput, today: string) {
  assertPseudonym(input.pseudonym);
  assertYear(input.cohortYear, 'cohortYear');
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 500) throw new InvalidArgumentError('INVALID_REASON', 'state the reason for the correction in 5 to 500 characters', 'reason');
  if (input.qualification == null && input.leavingDate == null) {
    throw new InvalidArgumentError('NOTHING_TO_CORRECT', 'give the right qualification, the right leaving date or both', 'input');
  }
  if (input.leavingDate != null) {
    if (Number(input.leavingDate.slice(0, 4)) !== input.cohortYear) {
      throw new InvalidArgumentError('LEAVING_DATE_OUTSIDE_COHORT', `the leaving date must lie in the cohort year ${input.cohortYear}`, 'leavingDate');
    }
    if (input.leavingDate > today) throw new InvalidArgumentError('LEAVING_DATE_IN_FUTURE', 'the leaving date cannot lie in the future', 'leavingDate');
  }
  return reason;
}

@Resolver(() => Leaver)
export class CorrectLeaverResolver {
  @Mutation(() => Leaver, {
    description:
      'Corrects a leaver\'s qualification or leaving date, with the reason; the old and new values and the reason go into the schools\' audit trail in the same transaction. Only the schools\' caseworkers and administrators.',
  })
  async correctLeaver(@Arg('input', () => CorrectLeaverInput) input: CorrectLeaverInput, @Ctx() ctx: Context): Promise<Leaver> {
    assertMayWrite(ctx.identity, ctx.owner, CASEWORK_ROLES, 'correct leavers\' records');
    const reason = validate(input, new Date().toISOString().slice(0, 10));
    return ctx.em.transactional(async (tx) => {
      const leaver = await tx.findOne(Leaver, { pseudonym: input.pseudonym, cohortYear: input.cohortYear });
      if (!leaver) throw new NotFoundError('leaver of cohort', `${input.cohortYear} with pseudonym ${input.pseudonym}`);
      const before = { qualification: leaver.qualification, leavingDate: leaver.leavingDate };
      const changed: string[] = [];
      if (input.qualification != null && input.qualification !== leaver.qualification) {
        leaver.qualification = input.qualification;
        changed.push('qualification');
      }
      if (input.leavingDate != null && input.leavingDate !== leaver.leavingDate) {
        leaver.leavingDate = input.leavingDate;
        changed.push('leavingDate');
      }
      if (changed.length === 0) throw new InvalidArgumentError('NOTHING_TO_CORRECT', 'the record already holds these values', 'input');
      await tx.flush();
      await appendAudit(tx, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.CHANGE,
          pseudonym: leaver.pseudonym,
          fields: changed.map((f) => `schoolLeaving.${f}`),
          detail: { change: 'correctLeaver', cohortYear: leaver.cohortYear, before, after: { qualification: leaver.qualification, leavingDate: leaver.leavingDate }, reason },
        },
      ]);
      return leaver;
    });
  }
}
