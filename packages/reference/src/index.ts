/**
 * @kassel-hub/reference: reference data of the partners' world that production code checks
 * against and the generator draws from; no dependencies.
 */
export * from './districts';
export * from './kldb-skilled';
export * from './occupations';
export * from './qualifications';
export * from './pseudonym';
export * from './windows-1252';
