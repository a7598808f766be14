import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { companies } from './companies.kind';
import { contracts } from './contracts.kind';
import { entitlements } from './entitlements.kind';
import { occupations } from './occupations.kind';
import { terminations } from './terminations.kind';

/** The exports of the chambers' register the hub imports, in the order an empty hub needs them. */
export const chambersExportKinds: AnyExportKind[] = [occupations, companies, entitlements, contracts, terminations];

/** The same, as the import mutation's argument. */
export enum ChambersExportKind {
  OCCUPATIONS = 'occupations',
  COMPANIES = 'companies',
  ENTITLEMENTS = 'entitlements',
  CONTRACTS = 'contracts',
  TERMINATIONS = 'terminations',
}

registerEnumType(ChambersExportKind, {
  name: 'ChambersExportKind',
  description: 'An export of the chambers\' registers: occupations, training companies and their entitlements, training contracts (see docs/imports.md for its columns).',
  valuesConfig: {
    OCCUPATIONS: { description: 'Ausbildungsberufe: the occupations the chambers register, by KldB code and title; chamber and length come from the reference list.' },
    COMPANIES: { description: 'Ausbildungsbetriebe: training companies (number, name, chamber, district), keyed by company number.' },
    ENTITLEMENTS: { description: 'Ausbildungsberechtigungen: which occupation a registered company may train in.' },
    CONTRACTS: { description: 'Neu abgeschlossene Ausbildungsverträge: new training contracts, keyed by register number.' },
    TERMINATIONS: { description: 'Vorzeitige Vertragslösungen: early terminations of registered contracts.' },
  },
});
