import { describe, expect, it } from 'vitest';
import {
  decodeContractPanel,
  decodeEmploymentPanel,
  decodeSchoolPanel,
  encodeContractPanel,
  encodeEmploymentPanel,
  encodeSchoolPanel,
  type Received,
  type SchoolPanel,
} from './panel-records';
import { PackedColumn } from './packed-column';

/** What the city receives: every column as the text the scalar writes. */
function overTheWire<T extends object>(panel: T): Received<T> {
  return Object.fromEntries(Object.entries(panel).map(([k, v]) => [k, Array.isArray(v) && !v.some((x) => typeof x === 'object' && x !== null) ? PackedColumn.serialize(v) : v])) as Received<T>;
}

describe('panel columns', () => {
  const schools = [
    { pseudonym: 'YA', schoolId: 'S001', schoolName: 'Schule am Park', schoolDistrict: '03', qualification: 'REAL', nextStep: null, leavingDate: '2024-06-21' },
    { pseudonym: 'YB', schoolId: 'S002', schoolName: 'Berufsschule "Nord"', schoolDistrict: '11', qualification: 'NONE', nextStep: 'APPRENTICESHIP', leavingDate: '2024-07-01' },
    { pseudonym: 'YC', schoolId: 'S001', schoolName: 'Schule am Park', schoolDistrict: '03', qualification: 'ABITUR', nextStep: 'UNIVERSITY', leavingDate: '2024-06-21' },
  ];

  it('carry school records through packing unchanged, naming each school once', () => {
    const panel = encodeSchoolPanel(schools);
    expect(panel.schools).toHaveLength(2);
    expect(typeof PackedColumn.serialize(panel.pseudonym)).toBe('string');
    expect(decodeSchoolPanel(overTheWire(panel))).toEqual(schools);
  });

  it('carry contracts in their order, with open and ended ones', () => {
    const contracts = [
      { pseudonym: 'YA', kldb: '26212', title: 'Elektroniker/in', startDate: '2024-08-01', terminatedOn: null },
      { pseudonym: 'YA', kldb: '62102', title: 'Kaufmann/-frau im Einzelhandel', startDate: '2025-08-01', terminatedOn: '2025-11-30' },
    ];
    expect(decodeContractPanel(overTheWire(encodeContractPanel(contracts)))).toEqual(contracts);
  });

  it('group the employment agency rows into one record per member', () => {
    const panel = encodeEmploymentPanel({
      guidance: [
        { pseudonym: 'YA', date: '2024-03-01', wishKldb: '26212' },
        { pseudonym: 'YA', date: '2024-09-01', wishKldb: null },
        { pseudonym: 'YB', date: '2024-05-01' },
      ],
      applicants: [{ pseudonym: 'YB', outcome: 'UNPLACED' }],
      measures: [{ pseudonym: 'YC', measure: 'BVB', start: '2024-09-02' }],
      sgb2: [{ pseudonym: 'YC' }],
    });
    const byPseudonym = new Map(decodeEmploymentPanel(overTheWire(panel)).map((r) => [r.pseudonym, r]));
    expect(byPseudonym.get('YA')).toEqual({ pseudonym: 'YA', guided: true, guidanceDates: ['2024-03-01', '2024-09-01'], wishes: ['26212'], applicantOutcome: null, measures: [], measureStarts: [], sgb2: false });
    expect(byPseudonym.get('YB')).toMatchObject({ guided: true, wishes: [], applicantOutcome: 'UNPLACED' });
    expect(byPseudonym.get('YC')).toMatchObject({ guided: false, measures: ['BVB'], measureStarts: ['2024-09-02'], sgb2: true });
  });

  it('refuse columns of unequal length or that are not arrays of strings', () => {
    const panel = overTheWire(encodeSchoolPanel(schools));
    const short: Received<SchoolPanel> = { ...panel, leavingDate: JSON.stringify(['2024-06-21']) };
    expect(() => decodeSchoolPanel(short)).toThrow('panel column leavingDate is malformed');
    expect(() => decodeSchoolPanel({ ...panel, qualification: '{"a":1}' })).toThrow(/JSON text of an array/);
    expect(() => decodeSchoolPanel({ ...panel, qualification: JSON.stringify([1, 2, 3]) })).toThrow('panel column qualification is malformed');
    expect(() => decodeSchoolPanel({ ...panel, pseudonym: 'not json' })).toThrow(/JSON text of an array/);
  });
});
