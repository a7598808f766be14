import { describe, expect, it } from 'vitest';
import {
  decodeContractPanel,
  decodeEmploymentPanel,
  decodePackedContractPanel,
  decodePackedEmploymentPanel,
  decodePackedSchoolPanel,
  decodeSchoolPanel,
  encodeContractPanel,
  encodeEmploymentPanel,
  encodeSchoolPanel,
  type Received,
  type SchoolPanel,
} from './panel-records';
import { PackedColumn } from './packed-column';
import { panelDigest } from './panel-cache';

/** What the city receives: every column as the text the scalar writes. */
function overTheWire<T extends object>(panel: T): Received<T> {
  return Object.fromEntries(Object.entries(panel).map(([k, v]) => [k, Array.isArray(v) && !v.some((x) => typeof x === 'object' && x !== null) ? PackedColumn.serialize(v) : v])) as Received<T>;
}

describe('panel columns', () => {
  const sent = ['Y0', 'YA', 'YB', 'YC', 'YD'];
  const only = (panel: readonly string[]) => (digest: string) => (digest === panelDigest(panel) ? panel : undefined);
  const schools = [
    { pseudonym: 'YA', schoolId: 'S001', schoolName: 'Schule am Park', schoolDistrict: '03', qualification: 'REAL', nextStep: null, leavingDate: '2024-06-21' },
    { pseudonym: 'YB', schoolId: 'S002', schoolName: 'Berufsschule "Nord"', schoolDistrict: '11', qualification: 'NONE', nextStep: 'APPRENTICESHIP', leavingDate: '2024-07-01' },
    { pseudonym: 'YC', schoolId: 'S001', schoolName: 'Schule am Park', schoolDistrict: '03', qualification: 'ABITUR', nextStep: 'UNIVERSITY', leavingDate: '2024-06-21' },
  ];

  it('carry school records through packing unchanged, naming each school once', () => {
    const panel = encodeSchoolPanel(schools, sent);
    expect(panel.schools).toHaveLength(2);
    expect(typeof PackedColumn.serialize(panel.pseudonym)).toBe('string');
    expect(decodeSchoolPanel(overTheWire(panel))).toEqual(schools);
  });

  it('carry contracts in their order, with open and ended ones', () => {
    const contracts = [
      { pseudonym: 'YA', kldb: '26212', title: 'Elektroniker/in', startDate: '2024-08-01', terminatedOn: null },
      { pseudonym: 'YA', kldb: '62102', title: 'Kaufmann/-frau im Einzelhandel', startDate: '2025-08-01', terminatedOn: '2025-11-30' },
    ];
    expect(decodeContractPanel(overTheWire(encodeContractPanel(contracts, sent)))).toEqual(contracts);
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
    }, sent);
    const byPseudonym = new Map(decodeEmploymentPanel(overTheWire(panel)).map((r) => [r.pseudonym, r]));
    expect(byPseudonym.get('YA')).toEqual({ pseudonym: 'YA', guided: true, guidanceDates: ['2024-03-01', '2024-09-01'], wishes: ['26212'], applicantOutcome: null, measures: [], measureStarts: [], sgb2: false });
    expect(byPseudonym.get('YB')).toMatchObject({ guided: true, wishes: [], applicantOutcome: 'UNPLACED' });
    expect(byPseudonym.get('YC')).toMatchObject({ guided: false, measures: ['BVB'], measureStarts: ['2024-09-02'], sgb2: true });
    const packed = new Map(decodePackedEmploymentPanel(overTheWire(panel), only(sent)).map((r) => [r.pseudonym, r]));
    expect(packed).toEqual(byPseudonym);
  });

  it('refuse columns of unequal length or that are not arrays of strings', () => {
    const panel = overTheWire(encodeSchoolPanel(schools, sent));
    const short: Received<SchoolPanel> = { ...panel, leavingDate: JSON.stringify(['2024-06-21']) };
    expect(() => decodeSchoolPanel(short)).toThrow('panel column leavingDate is malformed');
    expect(() => decodeSchoolPanel({ ...panel, qualification: '{"a":1}' })).toThrow(/JSON text of an array/);
    expect(() => decodeSchoolPanel({ ...panel, qualification: JSON.stringify([1, 2, 3]) })).toThrow('panel column qualification is malformed');
    expect(() => decodeSchoolPanel({ ...panel, pseudonym: 'not json' })).toThrow(/JSON text of an array/);
  });

  it('carry the same rows by position in the panel sent, each member\'s rows in the partner\'s order', () => {
    const contracts = [
      { pseudonym: 'YC', kldb: '26212', title: 'Elektroniker/in', startDate: '2024-08-01', terminatedOn: '2024-10-31' },
      { pseudonym: 'YA', kldb: '62102', title: 'Kaufmann/-frau im Einzelhandel', startDate: '2024-09-01', terminatedOn: null },
      { pseudonym: 'YC', kldb: '62102', title: 'Kaufmann/-frau im Einzelhandel', startDate: '2025-02-01', terminatedOn: null },
    ];
    const panel = overTheWire(encodeContractPanel(contracts, sent));
    expect(panel.packed).not.toContain('YC');
    expect(decodePackedContractPanel(panel, only(sent))).toEqual([contracts[1], contracts[0], contracts[2]]);
    expect(decodePackedSchoolPanel(overTheWire(encodeSchoolPanel(schools, sent)), only(sent))).toEqual(schools);
  });

  it('read positions only against the list they were sent with: another panel is PANEL_CHANGED, nothing decoded', () => {
    const panel = overTheWire(encodeSchoolPanel(schools, sent));
    const withdrawn = sent.filter((p) => p !== 'YA');
    expect(() => decodePackedSchoolPanel(panel, only(withdrawn))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'PANEL_CHANGED' }) }));
    // Read against the list sent, the answer is whole; the city then drops who is no longer in force.
    expect(decodePackedSchoolPanel(panel, (d) => (d === panelDigest(sent) ? sent : undefined)).map((r) => r.pseudonym)).toEqual(['YA', 'YB', 'YC']);
  });

  it('refuse a packed answer whose positions or codes point outside the panel or the values', () => {
    const text = JSON.parse(overTheWire(encodeSchoolPanel(schools, sent)).packed) as { groups: { rows: { position: number[]; columns: Record<string, { codes: number[] }> } } };
    const tamper = (change: (t: typeof text) => void) => {
      const t = structuredClone(text);
      change(t);
      return { ...overTheWire(encodeSchoolPanel(schools, sent)), packed: JSON.stringify(t) };
    };
    expect(() => decodePackedSchoolPanel(tamper((t) => t.groups.rows.position.push(9)), only(sent))).toThrow(/malformed/);
    expect(() => decodePackedSchoolPanel(tamper((t) => (t.groups.rows.position[2] = 9)), only(sent))).toThrow('a position outside the panel');
    expect(() => decodePackedSchoolPanel(tamper((t) => (t.groups.rows.columns.qualification.codes[0] = 7)), only(sent))).toThrow('a code outside its values');
    expect(() => encodeSchoolPanel([{ ...schools[0], pseudonym: 'YZ' }], sent).packed).toThrow(/outside the panel sent/);
  });
});
