import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { contracts } from './contracts.kind';
import { terminations } from './terminations.kind';

/** The exports of the chambers' register the hub imports. */
export const chambersExportKinds: AnyExportKind[] = [contracts, terminations];

/** The same, as the import mutation's argument. */
export enum ChambersExportKind {
  CONTRACTS = 'contracts',
  TERMINATIONS = 'terminations',
}

registerEnumType(ChambersExportKind, {
  name: 'ChambersExportKind',
  description: 'An export of the chambers\' register of training contracts (see the README for its columns).',
  valuesConfig: {
    CONTRACTS: { description: 'Neu abgeschlossene Ausbildungsverträge: new training contracts, keyed by register number.' },
    TERMINATIONS: { description: 'Vorzeitige Vertragslösungen: early terminations of registered contracts.' },
  },
});
