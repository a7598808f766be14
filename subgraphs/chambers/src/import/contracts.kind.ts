import { addMonths } from '@kassel-hub/datagen';
import { dateCell, formatGermanDate, identifierCell, kldbCell, newRecordId, pseudonymCell, sameName, textCell, type ExportKind } from '@kassel-hub/import';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Chamber } from '../entities/enums';
import { CHAMBERS } from './labels';
import { loadRegister, type RegisterRefs } from './register';

interface ContractRow {
  registerNumber: string;
  pseudonym: string;
  companyId: string;
  companyName: string | null;
  occupationKldb: string;
  occupationTitle: string | null;
  chamber: Chamber | null;
  startDate: string;
  plannedEndDate: string;
}

/** A contract's planned length: at least a year (shortened), at most four (3½ years plus extensions). */
const MIN_MONTHS = 12;
const MAX_MONTHS = 48;

/**
 * New training contracts from the chambers' register (Verzeichnis der Berufsausbildungsverhältnisse,
 * §34 BBiG), keyed by the register number. A later delivery updates company, occupation and dates
 * (a shortened contract); the young person of a register number never changes, and an early
 * termination is the terminations export's business.
 */
export const contracts: ExportKind<ContractRow, RegisterRefs> = {
  name: 'contracts',
  title: 'Neu abgeschlossene Ausbildungsverträge',
  description:
    'New training contracts from the register of training contracts (§34 BBiG). The register number is stored as the contract\'s `registerNumber`; the young person of a register number never changes; terminations are the next export\'s.',
  columns: [
    { header: 'Vertragsnummer', aliases: ['Registernummer', 'Vertrags-Nr.'], field: 'registerNumber', presence: 'required', parse: identifierCell('register number'), doc: 'The contract\'s number in the register (3–40 letters, digits, `-`, `_`, `/`); the key.' },
    { header: 'Pseudonym', field: 'pseudonym', presence: 'required', parse: pseudonymCell, doc: 'The trainee\'s pseudonym; never changes for a register number.' },
    { header: 'Betriebsnummer', field: 'companyId', presence: 'required', parse: identifierCell('company number'), doc: 'The training company\'s number; must be in the register and entitled to train the occupation.' },
    { header: 'Betrieb', aliases: ['Ausbildungsbetrieb'], field: 'companyName', presence: 'optional', parse: textCell(200), doc: 'Name of the company; only checked against the register (not stored). A character Windows-1252 lacks may appear as `?`.' },
    { header: 'KldB', aliases: ['KldB Ausbildungsberuf'], field: 'occupationKldb', presence: 'required', parse: kldbCell, doc: 'Occupation trained in: KldB 2010 code, 5 digits, of an occupation in the register.' },
    { header: 'Ausbildungsberuf', aliases: ['Beruf'], field: 'occupationTitle', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation; only checked against the register\'s title for the code (not stored).' },
    { header: 'Kammer', field: 'chamber', presence: 'optional', parse: (raw) => CHAMBERS.parse(raw), doc: `Chamber: ${CHAMBERS.doc}; only checked (the occupation decides which chamber registers the contract).` },
    { header: 'Ausbildungsbeginn', aliases: ['Beginn'], field: 'startDate', presence: 'required', parse: dateCell, doc: 'First day of training, TT.MM.JJJJ, at most a year ahead.' },
    { header: 'Vertragsende', aliases: ['Ausbildungsende', 'voraussichtliches Ende'], field: 'plannedEndDate', presence: 'required', parse: dateCell, doc: `Planned last day, TT.MM.JJJJ, ${MIN_MONTHS} to ${MAX_MONTHS} months after the start.` },
  ],
  key: ['registerNumber'],
  checkRow(row, fail, ctx) {
    const yearAhead = addMonths(ctx.today, 12);
    if (row.startDate > yearAhead) fail('startDate', 'START_TOO_FAR_AHEAD', `a contract starting after ${formatGermanDate(yearAhead)} is not registered yet`);
    if (row.plannedEndDate < addMonths(row.startDate, MIN_MONTHS) || row.plannedEndDate > addMonths(row.startDate, MAX_MONTHS)) {
      fail('plannedEndDate', 'INVALID_DURATION', `the planned end must lie ${MIN_MONTHS} to ${MAX_MONTHS} months after the start (${formatGermanDate(row.startDate)})`);
    }
  },
  loadReferences: loadRegister,
  checkReferences(row, register, fail) {
    const company = register.companies.get(row.companyId);
    const occupation = register.occupations.get(row.occupationKldb);
    if (!company) fail('companyId', 'UNKNOWN_COMPANY', `no company ${row.companyId} in the chambers' register`);
    else if (row.companyName !== null && !sameName(row.companyName, company.name)) fail('companyName', 'NAME_MISMATCH', `company ${row.companyId} is "${company.name}" in the register`);
    if (!occupation) return fail('occupationKldb', 'UNKNOWN_OCCUPATION', `${row.occupationKldb} is no occupation the chambers register`);
    if (row.occupationTitle !== null && !sameName(row.occupationTitle, occupation.title)) {
      fail('occupationTitle', 'TITLE_MISMATCH', `KldB ${occupation.kldb} is "${occupation.title}": is the code or the title wrong?`);
    }
    if (row.chamber !== null && row.chamber !== occupation.chamber) fail('chamber', 'CHAMBER_MISMATCH', `contracts in "${occupation.title}" are registered by the ${occupation.chamber}`);
    if (!company) return;
    const withdrawnOn = register.entitlements.get(`${company.id}|${occupation.kldb}`);
    if (withdrawnOn === undefined) fail('occupationKldb', 'NOT_ENTITLED', `company ${company.id} is not entitled to train "${occupation.title}" (Ausbildungsberechtigung)`);
    else if (withdrawnOn !== null && row.startDate >= withdrawnOn) {
      fail('occupationKldb', 'NOT_ENTITLED', `the entitlement of company ${company.id} to train "${occupation.title}" was withdrawn on ${formatGermanDate(withdrawnOn)}, before the start`);
    }
  },
  target: {
    entity: TrainingContract,
    managed: ['companyId', 'occupationKldb', 'chamber', 'startDate', 'plannedEndDate'],
    record: (r, register) => ({
      registerNumber: r.registerNumber,
      companyId: r.companyId,
      occupationKldb: r.occupationKldb,
      chamber: register.occupations.get(r.occupationKldb)!.chamber,
      startDate: r.startDate,
      plannedEndDate: r.plannedEndDate,
    }),
    create: (r) => ({ id: newRecordId('T'), pseudonym: r.pseudonym }),
    checkStored(stored, row, fail) {
      if (stored.pseudonym !== row.pseudonym) fail('pseudonym', 'CONTRACT_OF_ANOTHER_PERSON', `contract ${row.registerNumber} is registered for another young person`);
      const terminatedOn = stored.terminatedOn as string | null;
      if (terminatedOn !== null && (terminatedOn <= row.startDate || terminatedOn > row.plannedEndDate)) {
        fail('startDate', 'TERMINATION_CONFLICT', `the contract was terminated early on ${formatGermanDate(terminatedOn)}, which must lie after the start and not after the planned end`);
      }
    },
  },
};
