import type { KasselData } from '../types';
import { applicantsSample, vacanciesSample } from './samples-employment';
import { contractsSample, terminationsSample } from './samples-chambers';
import { districtsSample, transitionCasesSample } from './samples-municipality';
import { leavingClassListSample, leavingResultsSample } from './samples-schools';
import { companiesSample, entitlementsSample, occupationsSample, schoolRegisterSample } from './samples-registers';
import type { SampleExport } from './sample-export';

/** The world the committed sample files are cut from: what `npm start` seeds by default. */
export const SAMPLE_WORLD = { seed: 2014, scale: 1 } as const;

/** Every sample export file, one per partner and export kind. */
export function buildSamples(world: KasselData): SampleExport[] {
  return [
    districtsSample(world),
    transitionCasesSample(world),
    schoolRegisterSample(world),
    leavingClassListSample(world),
    leavingResultsSample(world),
    applicantsSample(world),
    vacanciesSample(world),
    occupationsSample(world),
    companiesSample(world),
    entitlementsSample(world),
    contractsSample(world),
    terminationsSample(world),
  ];
}
