import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { LockMode } from '@mikro-orm/postgresql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { HubError, InvalidArgumentError, LocalDate, NotFoundError } from '@kassel-hub/kit';
import { assertMayWrite, CASEWORK_ROLES, IDENTIFIER } from '@kassel-hub/import';
import { TrainingContract } from '../entities/training-contract.entity';
import { TerminationReason } from '../entities/enums';
import { terminationProblem } from '../import/termination-rules';
import type { Context } from '../context';

@Resolver(() => TrainingContract)
export class EarlyTerminationResolver {
  @Mutation(() => TrainingContract, {
    description:
      'Records the early termination (Vertragslösung) of a registered contract, in one transaction with its CHANGE entry in the chambers\' audit trail. Refused with ALREADY_TERMINATED for a contract that has one. Only the chambers\' caseworkers and administrators.',
  })
  async recordEarlyTermination(
    @Arg('registerNumber', () => ID, { description: 'The contract\'s number in the register.' }) registerNumber: string,
    @Arg('terminatedOn', () => LocalDate, { description: 'Day the contract ended: after its first day, not after its planned end, not in the future.' }) terminatedOn: string,
    @Arg('reason', () => TerminationReason, { description: 'Who ended the contract.' }) reason: TerminationReason,
    @Ctx() ctx: Context,
  ): Promise<TrainingContract> {
    assertMayWrite(ctx.identity, ctx.owner, CASEWORK_ROLES, 'record early terminations');
    if (!IDENTIFIER.test(registerNumber)) {
      throw new InvalidArgumentError('INVALID_REGISTER_NUMBER', 'a register number has 3 to 40 letters, digits, "-", "_" or "/"', 'registerNumber');
    }
    const today = new Date().toISOString().slice(0, 10);
    return ctx.em.transactional(async (tx) => {
      // Locked, so that two caseworkers recording the same termination cannot both succeed.
      const contract = await tx.findOne(TrainingContract, { registerNumber }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!contract) throw new NotFoundError('training contract', registerNumber);
      if (contract.terminatedOn) {
        throw new HubError('ALREADY_TERMINATED', `contract ${registerNumber} was already terminated on ${contract.terminatedOn}; a correction goes through the terminations import`);
      }
      const problem = terminationProblem(contract, terminatedOn, today);
      if (problem) throw new InvalidArgumentError(problem.code, problem.reason, 'terminatedOn');
      contract.terminatedOn = terminatedOn;
      contract.terminationReason = reason;
      await tx.flush();
      await appendAudit(tx, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.CHANGE,
          pseudonym: contract.pseudonym,
          fields: ['trainingContracts.terminatedOn', 'trainingContracts.terminationReason'],
          detail: { change: 'recordEarlyTermination', registerNumber, terminatedOn, reason },
        },
      ]);
      return contract;
    });
  }
}
