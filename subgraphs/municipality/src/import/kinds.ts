import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { transitionCases } from './transition-cases.kind';

/** The exports of the city's case system the hub imports. */
export const municipalityExportKinds: AnyExportKind[] = [transitionCases];

/** The same, as the import mutation's argument. */
export enum MunicipalityExportKind {
  TRANSITION_CASES = 'transition-cases',
}

registerEnumType(MunicipalityExportKind, {
  name: 'MunicipalityExportKind',
  description: 'An export of the city\'s systems (see docs/imports.md for its columns).',
  valuesConfig: {
    TRANSITION_CASES: { description: 'Fallliste: the transition managers\' cases, keyed by case number.' },
  },
});
