import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Mutation, Resolver, Directive } from 'type-graphql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { assertPseudonym, HubError, InvalidArgumentError, LocalDate, NotFoundError } from '@kassel-hub/kit';
import { ownerScopes } from '@kassel-hub/protocol';
import { TransitionCase } from '../entities/transition-case.entity';
import { TransitionManagerSchool } from '../entities/transition-manager-school.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { CaseOutcome } from '../entities/enums';
import { OpenTransitionCaseInput } from '../inputs/open-case.input';
import type { Context } from '../context';

/** Only the city's own case workers write its case files. */
function assertCityCaseworker(ctx: Context) {
  if (ctx.identity.partner !== 'municipality' || !ctx.identity.roles.some((r) => r === 'caseworker' || r === 'admin')) {
    throw new HubError('FORBIDDEN', 'only the city\'s case workers open and close transition cases');
  }
}

function assertNotFuture(date: string, argument: string) {
  if (date > new Date().toISOString().slice(0, 10)) throw new InvalidArgumentError('DATE_IN_FUTURE', `${argument} must not be in the future`, argument);
}

@Resolver(() => TransitionCase)
export class TransitionCaseResolver {
  @Directive(ownerScopes('municipality'))
  @Mutation(() => TransitionCase, { description: 'Opens a transition-manager case. One open case per young person.' })
  async openTransitionCase(@Arg('input', () => OpenTransitionCaseInput) input: OpenTransitionCaseInput, @Ctx() ctx: Context): Promise<TransitionCase> {
    assertCityCaseworker(ctx);
    assertPseudonym(input.pseudonym);
    assertNotFuture(input.openedOn, 'openedOn');
    if (!/^tm-\d{2}$/.test(input.manager)) throw new InvalidArgumentError('INVALID_MANAGER', 'manager is a staff handle like tm-03', 'manager');
    return ctx.em.transactional(async (tx) => {
      if (!(await tx.findOne(YouthRecord, { pseudonym: input.pseudonym }))) throw new NotFoundError('young person', input.pseudonym);
      if (!(await tx.findOne(TransitionManagerSchool, { schoolId: input.schoolId }))) {
        throw new InvalidArgumentError('NO_TRANSITION_MANAGER', `school ${input.schoolId.slice(0, 20)} has no transition managers`, 'schoolId');
      }
      if ((await tx.count(TransitionCase, { pseudonym: input.pseudonym, closedOn: null })) > 0) {
        throw new HubError('CASE_ALREADY_OPEN', 'the young person already has an open case');
      }
      const c = tx.create(TransitionCase, { id: `F-${randomUUID()}`, ...input, closedOn: null, outcome: null });
      await tx.flush();
      await appendAudit(tx, [{ ...auditActor(ctx.identity), action: AuditAction.CHANGE, pseudonym: c.pseudonym, fields: ['transitionCase'], detail: { change: 'open', caseId: c.id } }]);
      return c;
    });
  }

  @Directive(ownerScopes('municipality'))
  @Mutation(() => TransitionCase, { description: 'Closes an open transition case with its outcome.' })
  async closeTransitionCase(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => CaseOutcome) outcome: CaseOutcome,
    @Arg('closedOn', () => LocalDate) closedOn: string,
    @Ctx() ctx: Context,
  ): Promise<TransitionCase> {
    assertCityCaseworker(ctx);
    assertNotFuture(closedOn, 'closedOn');
    return ctx.em.transactional(async (tx) => {
      const c = await tx.findOne(TransitionCase, { id: id.slice(0, 100) });
      if (!c) throw new NotFoundError('transition case', id.slice(0, 100));
      if (c.closedOn) throw new HubError('CASE_ALREADY_CLOSED', `case ${c.id} was closed on ${c.closedOn}`);
      if (closedOn < c.openedOn) throw new InvalidArgumentError('INVALID_DATE', 'closedOn must not be before openedOn', 'closedOn');
      c.closedOn = closedOn;
      c.outcome = outcome;
      await tx.flush();
      await appendAudit(tx, [
        { ...auditActor(ctx.identity), action: AuditAction.CHANGE, pseudonym: c.pseudonym, fields: ['transitionCase'], detail: { change: 'close', caseId: c.id, outcome } },
      ]);
      return c;
    });
  }
}
