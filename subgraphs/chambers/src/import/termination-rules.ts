import { formatGermanDate } from '@kassel-hub/import';

/**
 * When an early termination (Vertragslösung) is possible at all: after the first day of training
 * (a contract dissolved before it starts never began), not after the planned end (then it ran its
 * course), and not in the future (the register records what happened). The import and the
 * caseworker mutation apply the same rules.
 */
export function terminationProblem(contract: { startDate: string; plannedEndDate: string }, terminatedOn: string, today: string): { code: string; reason: string } | null {
  if (terminatedOn <= contract.startDate) {
    return { code: 'TERMINATION_BEFORE_START', reason: `the contract starts on ${formatGermanDate(contract.startDate)}; an early termination lies after that day` };
  }
  if (terminatedOn > contract.plannedEndDate) {
    return { code: 'TERMINATION_AFTER_PLANNED_END', reason: `the contract was planned to end on ${formatGermanDate(contract.plannedEndDate)}; a termination after that is no early one` };
  }
  if (terminatedOn > today) return { code: 'TERMINATION_IN_FUTURE', reason: 'an early termination is recorded once it happened, not in advance' };
  return null;
}
