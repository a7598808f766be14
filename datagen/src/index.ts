/**
 * @kassel-hub/datagen: the deterministic synthetic Kassel that every partner's seeder and the tests
 * draw from. Id prefixes: S schools, C companies, O orientation, G guidance, A applicants,
 * V vacancies, M measures, T training contracts, F transition cases (Fälle), W welfare.
 */
export * from './types';
export { generate, COHORT_YEARS } from './generate';
export type { GenerateOptions } from './generate';
export { generatedWorld, type WorldLog, type WorldOptions } from './world-cache';
export { createRandom } from './random';
export type { Random } from './random';
export { DISTRICTS, DISTRICT_BY_CODE } from './catalogue/districts';
export { OCCUPATIONS, OCCUPATION_BY_KLDB, OCCUPATION_PROFILES } from './catalogue/occupations';
export type { OccupationProfile } from './catalogue/occupations';
export { SCHOOLS, TRANSITION_MANAGER_SCHOOLS, TRANSITION_MANAGERS } from './catalogue/schools';
export type { TransitionManager } from './catalogue/schools';
export { LABOUR_MARKET_2014_04 } from './catalogue/labour-market';
export { DATA_CUTOFF } from './dates';
export * from './exports/index';
