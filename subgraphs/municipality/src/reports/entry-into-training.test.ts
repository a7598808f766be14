import { describe, expect, it } from 'vitest';
import { ReportBreakdown } from './breakdown';
import { entryIntoTrainingTable } from './entry-into-training';
import { protectInterest } from './interest';
import type { PanelMember } from './panel';

const YEAR = 2025;
let n = 0;
/** A member of district 01 with a contract begun on `start` (or none) and an applicant status (or none). */
function member(start: string | null, outcome: string | null): PanelMember {
  const pseudonym = `Y${String(++n).padStart(12, '0')}`;
  return {
    pseudonym,
    sex: 'female',
    nationalityGroup: 'german',
    districtCode: '01',
    school: null,
    contracts: start ? [{ pseudonym, kldb: '26112', title: 'x', startDate: start, terminatedOn: null }] : [],
    employment: { pseudonym, guided: false, guidanceDates: [], wishes: [], applicantOutcome: outcome, measures: [], measureStarts: [], sgb2: false },
    hasCase: false,
    welfare: [],
  };
}
const times = (k: number, make: () => PanelMember) => Array.from({ length: k }, make);

describe('the EQI of a cohort\'s panel, as BIBB defines it', () => {
  it('new contracts ÷ (new contracts + applicants who did not enter training); placed applicants without a new contract are in neither', () => {
    const members = [
      ...times(20, () => member(`${YEAR}-08-01`, 'PLACED')), // new contracts (registered)
      ...times(10, () => member(`${YEAR}-09-01`, null)), // new contracts found without the agency
      ...times(6, () => member(null, 'UNPLACED')),
      ...times(5, () => member(null, 'ALTERNATIVE_SEARCHING')),
      ...times(8, () => member(null, 'OTHER_FORMER')),
      ...times(4, () => member(null, 'UNKNOWN')),
      ...times(7, () => member(`${YEAR - 1}-08-01`, 'PLACED')), // placed, but the contract began the year before
    ];
    const all = entryIntoTrainingTable(protectInterest(members, YEAR), YEAR, ReportBreakdown.CITY).total.all;
    expect(all.newContracts.value).toBe(30);
    expect(all.notEntered.value).toBe(6 + 5 + 8 + 4);
    expect(all.interested.value).toBe(53);
    expect(all.applicantsOrNewContracts.value).toBe(60);
    expect(all.eqi).toBe(Math.round((30 / 53) * 10_000) / 10_000);
  });
});
