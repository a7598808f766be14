import { describe, expect, it } from 'vitest';
import { UNFILLED_SHARE } from './build/vacancies';
import { DISTRICT_BY_CODE } from './catalogue/districts';
import { generate } from './generate';
import type { Youth } from './types';

/**
 * The synthetic world must show the patterns the network monitors (seed document and DOMAIN.md):
 * gender-typical career choices, early terminations, risks clustering in districts, structural
 * disadvantage, and partners that each know only part of a young person's path.
 */
const data = generate();
const youthBy = new Map(data.youth.map((y) => [y.pseudonym, y]));
const share = (part: number, whole: number) => part / whole;

function femaleShareOfContracts(kldb: string): number {
  const rows = data.contracts.filter((c) => c.occupationKldb === kldb);
  return share(rows.filter((c) => youthBy.get(c.pseudonym)!.sex === 'female').length, rows.length);
}

describe('patterns the coordination office monitors', () => {
  it('shows gender segregation: hairdressers are mostly women, car mechatronics and plumbing mostly men', () => {
    expect(femaleShareOfContracts('82312')).toBeGreaterThan(0.7);
    expect(femaleShareOfContracts('71402')).toBeGreaterThan(0.6);
    expect(femaleShareOfContracts('25212')).toBeLessThan(0.15);
    expect(femaleShareOfContracts('34212')).toBeLessThan(0.15);
  });

  it('keeps the female share per occupation close to the catalogue for the larger occupations', () => {
    for (const o of data.occupations) {
      const n = data.contracts.filter((c) => c.occupationKldb === o.kldb).length;
      if (n < 200) continue;
      expect(Math.abs(femaleShareOfContracts(o.kldb) - o.femaleShare)).toBeLessThan(0.12);
    }
  });

  it('makes wishes at guidance and internship choices gender-typical too', () => {
    const femaleShare = (pseudonyms: string[]) => share(pseudonyms.filter((p) => youthBy.get(p)!.sex === 'female').length, pseudonyms.length);
    expect(femaleShare(data.guidance.filter((g) => g.wishKldb === '82312').map((g) => g.pseudonym))).toBeGreaterThan(0.75);
    expect(femaleShare(data.guidance.filter((g) => g.wishKldb === '25212').map((g) => g.pseudonym))).toBeLessThan(0.1);
    const internships = data.orientation.filter((o) => o.kind === 'INTERNSHIP');
    expect(femaleShare(internships.filter((o) => o.occupationKldb === '82312').map((o) => o.pseudonym))).toBeGreaterThan(0.75);
    expect(femaleShare(internships.filter((o) => o.occupationKldb === '34212').map((o) => o.pseudonym))).toBeLessThan(0.1);
  });

  it('has an overall early-termination rate between 20 % and 35 %, higher for hairdressers and cooks than for bank clerks', () => {
    const rate = (rows: typeof data.contracts) => share(rows.filter((c) => c.terminatedOn !== null).length, rows.length);
    const overall = rate(data.contracts);
    expect(overall).toBeGreaterThan(0.2);
    expect(overall).toBeLessThan(0.35);
    const of = (kldb: string) => rate(data.contracts.filter((c) => c.occupationKldb === kldb));
    expect(of('82312')).toBeGreaterThan(of('72112'));
    expect(of('29302')).toBeGreaterThan(of('71302'));
  });

  it('lets about half of those whose contract was terminated re-enter with a second contract', () => {
    const firsts = new Map<string, (typeof data.contracts)[number]>();
    let second = 0;
    for (const c of data.contracts) {
      if (firsts.has(c.pseudonym)) second++;
      else firsts.set(c.pseudonym, c);
    }
    const terminatedFirsts = [...firsts.values()].filter((c) => c.terminatedOn !== null).length;
    expect(share(second, terminatedFirsts)).toBeGreaterThan(0.35);
    expect(share(second, terminatedFirsts)).toBeLessThan(0.55);
  });

  it('reports more apprenticeship places than new contracts each year, by the calibrated unfilled share', () => {
    for (const year of data.cohortYears) {
      const places = data.vacancies.filter((v) => v.reportYear === year).reduce((s, v) => s + v.places, 0);
      const filled = data.vacancies.filter((v) => v.reportYear === year).reduce((s, v) => s + v.filled, 0);
      // places are capped per company and occupation, so a few of the planned ones may not fit
      expect(share(places, filled)).toBeGreaterThan(1 + UNFILLED_SHARE - 0.03);
      expect(share(places, filled)).toBeLessThan(1 + UNFILLED_SHARE + 0.03);
    }
  });

  it('matches the qualification mix (≈6 % none, 23 % Abitur) and sends those without one mostly into the transition system', () => {
    const of = (...q: string[]) => share(data.pupils.filter((p) => q.includes(p.qualification)).length, data.pupils.length);
    expect(of('NONE')).toBeGreaterThan(0.04);
    expect(of('NONE')).toBeLessThan(0.08);
    expect(of('HAUPT', 'HAUPT_QUALI')).toBeGreaterThan(0.18);
    expect(of('REAL', 'REAL_QUALI')).toBeGreaterThan(0.33);
    expect(of('ABITUR')).toBeGreaterThan(0.19);
    const none = data.pupils.filter((p) => p.qualification === 'NONE' || p.qualification === 'FOERDER');
    expect(share(none.filter((p) => youthBy.get(p.pseudonym)!.destination === 'TRANSITION_SYSTEM').length, none.length)).toBeGreaterThan(0.5);
    const abitur = data.pupils.filter((p) => p.qualification === 'ABITUR');
    const uniOrApp = abitur.filter((p) => ['UNIVERSITY', 'APPRENTICESHIP'].includes(youthBy.get(p.pseudonym)!.destination));
    expect(share(uniOrApp.length, abitur.length)).toBeGreaterThan(0.6);
  });

  it('clusters risks: leavers from high-risk districts leave without a qualification more often', () => {
    const noQualification = (high: boolean) => {
      const rows = data.pupils.filter((p) => {
        const code = youthBy.get(p.pseudonym)!.districtCode;
        return code !== null && DISTRICT_BY_CODE.get(code)!.risk >= 0.65 === high;
      });
      return share(rows.filter((p) => p.qualification === 'NONE').length, rows.length);
    };
    expect(noQualification(true)).toBeGreaterThan(1.5 * noQualification(false));
  });

  it('makes structural disadvantage visible: non-German applicants are left unplaced more often', () => {
    const unplaced = (group: Youth['nationalityGroup']) => {
      const rows = data.applicants.filter((a) => youthBy.get(a.pseudonym)!.nationalityGroup === group);
      return share(rows.filter((a) => a.outcome === 'UNPLACED').length, rows.length);
    };
    expect(unplaced('non_german')).toBeGreaterThan(unplaced('german'));
    const direct = (group: Youth['nationalityGroup']) => {
      const rows = data.youth.filter((y) => y.nationalityGroup === group);
      return share(rows.filter((y) => y.destination === 'APPRENTICESHIP').length, rows.length);
    };
    expect(direct('non_german')).toBeLessThan(direct('german'));
  });

  it('draws non-German nationality and SGB II receipt from the district indicators', () => {
    const rate = (code: string, f: (y: Youth) => boolean) => {
      const rows = data.youth.filter((y) => y.districtCode === code);
      return share(rows.filter(f).length, rows.length);
    };
    expect(rate('11', (y) => y.nationalityGroup === 'non_german')).toBeGreaterThan(2 * rate('06', (y) => y.nationalityGroup === 'non_german'));
    expect(rate('14', (y) => y.sgb2)).toBeGreaterThan(3 * rate('05', (y) => y.sgb2));
    expect(share(data.youth.filter((y) => y.districtCode === null).length, data.youth.length)).toBeCloseTo(0.12, 1);
  });

  it('is not known everywhere: some young people lack a pupil record, guidance, an application or a contract', () => {
    const inPupils = new Set(data.pupils.map((p) => p.pseudonym));
    const inGuidance = new Set(data.guidance.map((g) => g.pseudonym));
    const inApplicants = new Set(data.applicants.map((a) => a.pseudonym));
    const pupilShare = share(inPupils.size, data.youth.length);
    expect(pupilShare).toBeGreaterThan(0.94);
    expect(pupilShare).toBeLessThan(0.98);
    expect(share(inGuidance.size, data.youth.length)).toBeGreaterThan(0.65);
    expect(share(inGuidance.size, data.youth.length)).toBeLessThan(0.75);
    // who registers follows the destination mix; the applicants-per-place ratio is checked against
    // the BA's figures in published-targets.test.ts
    expect(share(inApplicants.size, data.youth.length)).toBeGreaterThan(0.3);
    expect(share(inApplicants.size, data.youth.length)).toBeLessThan(0.5);
    expect(new Set(data.contracts.map((c) => c.pseudonym)).size).toBeLessThan(data.youth.length / 2);
  });

  it('gives about a third of the pupils at transition-manager schools a case, and few young people a Jugendwerkstatt place', () => {
    const tmSchools = new Set(data.schools.filter((s) => s.hasTransitionManager).map((s) => s.id));
    const tmPupils = data.pupils.filter((p) => tmSchools.has(p.schoolId)).length;
    expect(share(data.cases.length, tmPupils)).toBeGreaterThan(0.28);
    expect(share(data.cases.length, tmPupils)).toBeLessThan(0.42);
    expect(share(data.welfare.length, data.youth.length)).toBeGreaterThan(0.01);
    expect(share(data.welfare.length, data.youth.length)).toBeLessThan(0.035);
  });

  it('puts most of the transition system into a measure, with BÜA only for the 2025 cohort', () => {
    const ts = data.youth.filter((y) => y.destination === 'TRANSITION_SYSTEM');
    const inMeasure = new Set(data.measures.filter((m) => m.measure !== 'ASA_FLEX').map((m) => m.pseudonym));
    expect(share(ts.filter((y) => inMeasure.has(y.pseudonym)).length, ts.length)).toBeGreaterThan(0.75);
    expect(data.measures.some((m) => m.measure === 'BUEA')).toBe(true);
    expect(data.measures.some((m) => m.measure === 'ASA_FLEX')).toBe(true);
  });
});
