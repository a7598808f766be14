/** Sample export files of the partners' source systems, written in the German office format. */
export * from './german-csv';
export * from './labels';
export * from './sample-export';
export * from './samples';
export { benchApplicantsTable } from './bench-applicants';
// Calendar arithmetic on ISO dates, for importers' checks (a contract's length in months).
export { addDays, addMonths } from '../dates';
