import { dateCell, formatGermanDate, identifierCell, pseudonymCell, type ExportKind } from '@kassel-hub/import';
import { TrainingContract } from '../entities/training-contract.entity';
import type { TerminationReason } from '../entities/enums';
import { TERMINATION_REASONS } from './labels';
import { terminationProblem } from './termination-rules';

interface TerminationRow {
  registerNumber: string;
  pseudonym: string | null;
  terminatedOn: string;
  terminationReason: TerminationReason;
}

/**
 * Early terminations (Vertragslösungen) from the chambers' register, keyed by the register
 * number. Every row must name a registered contract; a termination not recorded yet counts as
 * inserted, a different date or reason for one already recorded as updated (a correction, unlike
 * the caseworker mutation, which refuses a second termination).
 */
export const terminations: ExportKind<TerminationRow> = {
  name: 'terminations',
  title: 'Vorzeitige Vertragslösungen',
  description:
    'Early terminations (Vertragslösungen) of registered contracts. A termination not recorded before counts as inserted, a different date or reason as updated (a correction).',
  columns: [
    { header: 'Vertragsnummer', aliases: ['Registernummer', 'Vertrags-Nr.'], field: 'registerNumber', presence: 'required', parse: identifierCell('register number'), doc: 'Register number of a contract in the register; the key.' },
    { header: 'Pseudonym', field: 'pseudonym', presence: 'optional', parse: pseudonymCell, doc: 'The trainee\'s pseudonym; only checked against the contract (not stored).' },
    { header: 'Lösungsdatum', aliases: ['Vertragslösung am', 'Datum der Lösung'], field: 'terminatedOn', presence: 'required', parse: dateCell, doc: 'Day the contract ended early, TT.MM.JJJJ: after its first day, not after its planned end, not in the future.' },
    { header: 'Lösungsgrund', aliases: ['Grund'], field: 'terminationReason', presence: 'required', parse: (raw) => TERMINATION_REASONS.parse(raw), doc: `Who ended it: ${TERMINATION_REASONS.doc}.` },
  ],
  key: ['registerNumber'],
  checkRow(row, fail, ctx) {
    if (row.terminatedOn > ctx.today) fail('terminatedOn', 'TERMINATION_IN_FUTURE', `an early termination is recorded once it happened (today is ${formatGermanDate(ctx.today)})`);
  },
  target: {
    // Creation of records is the contracts export's: a termination always refers to one.
    entity: TrainingContract,
    managed: ['terminatedOn', 'terminationReason'],
    record: (r) => ({ registerNumber: r.registerNumber, terminatedOn: r.terminatedOn, terminationReason: r.terminationReason }),
    absent: (stored) => stored.terminatedOn === null,
    missing: { field: 'registerNumber', code: 'UNKNOWN_CONTRACT', reason: 'no contract with this register number in the register; import it with the contracts export first' },
    checkStored(stored, row, fail, ctx) {
      if (row.pseudonym !== null && stored.pseudonym !== row.pseudonym) fail('pseudonym', 'CONTRACT_OF_ANOTHER_PERSON', `contract ${row.registerNumber} is registered for another young person`);
      const problem = terminationProblem(stored as { startDate: string; plannedEndDate: string }, row.terminatedOn, ctx.today);
      if (problem) fail('terminatedOn', problem.code, problem.reason);
    },
  },
};
