import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { districts } from './districts.kind';
import { transitionCases } from './transition-cases.kind';

/** The exports of the city's systems the hub imports: the statistics office's district table and the case system's cases. */
export const municipalityExportKinds: AnyExportKind[] = [districts, transitionCases];

/** The same, as the import mutation's argument. */
export enum MunicipalityExportKind {
  DISTRICTS = 'districts',
  TRANSITION_CASES = 'transition-cases',
}

registerEnumType(MunicipalityExportKind, {
  name: 'MunicipalityExportKind',
  description: 'An export of the city\'s systems (see docs/imports.md for its columns).',
  valuesConfig: {
    DISTRICTS: { description: 'Stadtteilprofile: population and social indicators of the 23 districts, keyed by district code; import it on a new hub.' },
    TRANSITION_CASES: { description: 'Fallliste: the transition managers\' cases, keyed by case number.' },
  },
});
