import { describe, expect, it } from 'vitest';
import { generate } from './generate';
import { PSEUDONYM_PATTERN } from '@kassel-hub/reference';

const data = generate();

describe('generate(): volumes and determinism', () => {
  it('gives byte-identical output for the same seed and scale, so every partner seeds the same world', () => {
    const again = generate({ seed: 2014, scale: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('gives a different world for another seed', () => {
    const other = generate({ seed: 7, scale: 0.1 });
    const same = generate({ seed: 2014, scale: 0.1 });
    expect(other.youth[0]!.pseudonym).not.toBe(same.youth[0]!.pseudonym);
  });

  it('does not let a progress callback change the output, and reports every step', () => {
    const steps: string[] = [];
    const observed = generate({ scale: 0.1, onProgress: (step) => steps.push(step) });
    expect(JSON.stringify(observed)).toBe(JSON.stringify(generate({ scale: 0.1 })));
    for (const step of ['people', 'companies', 'orientation', 'guidance', 'applicants', 'contracts', 'vacancies', 'measures', 'cases', 'welfare']) {
      expect(steps).toContain(step);
    }
  });

  it('records the defaults it used (seed 2014, scale 1) and ten leaving cohorts 2016–2025', () => {
    expect(data.seed).toBe(2014);
    expect(data.scale).toBe(1);
    expect(data.cohortYears).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('has about 1,900 leavers per cohort and keeps the fixed catalogues (23 districts, 65 schools)', () => {
    expect(data.districts).toHaveLength(23);
    expect(data.schools).toHaveLength(65);
    expect(data.schools.filter((s) => s.hasTransitionManager)).toHaveLength(8);
    expect(Math.abs(data.youth.length - 19_000)).toBeLessThan(1_000);
    for (const year of data.cohortYears) {
      const pupils = data.pupils.filter((p) => p.cohortYear === year).length;
      expect(pupils).toBeGreaterThan(1_900 * 0.9);
      expect(pupils).toBeLessThan(1_900 * 1.1);
    }
    expect(data.companies.length).toBe(1_500);
  });

  it('issues unique random pseudonyms in the agreed format (Y + 12 Crockford base32 characters)', () => {
    const pseudonyms = data.youth.map((y) => y.pseudonym);
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
    for (const p of pseudonyms) expect(p).toMatch(PSEUDONYM_PATTERN);
    expect(PSEUDONYM_PATTERN.test('YILOU00000000')).toBe(false); // I, L, O, U are not Crockford digits
  });

  it('does not derive pseudonyms from attributes: two people alike in every attribute get unrelated pseudonyms', () => {
    const key = (y: (typeof data.youth)[number]) => `${y.sex}|${y.birthYear}|${y.nationalityGroup}|${y.districtCode}|${y.sgb2}|${y.destination}`;
    const groups = new Map<string, string[]>();
    for (const y of data.youth) groups.set(key(y), [...(groups.get(key(y)) ?? []), y.pseudonym]);
    const twins = [...groups.values()].find((g) => g.length > 10)!;
    const prefixes = new Set(twins.map((p) => p.slice(0, 3)));
    expect(prefixes.size).toBeGreaterThan(twins.length / 2);
  });

  it('copies the labour-market figures of the seed document exactly (April 2014)', () => {
    expect(data.labourMarket).toEqual([
      { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'TOTAL', value: 10.2 },
      { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'SGB_III', value: 2.4 },
      { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'SGB_II', value: 7.8 },
      { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'TOTAL', value: 9.5 },
      { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'SGB_III', value: 2.8 },
      { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'SGB_II', value: 6.7 },
    ]);
  });

  it('scales youth-related volumes with `scale` while schools and districts stay fixed', () => {
    const double = generate({ scale: 2 });
    const ratio = double.youth.length / data.youth.length;
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
    expect(double.contracts.length / data.contracts.length).toBeGreaterThan(1.8);
    expect(double.companies.length).toBe(3_000);
    expect(double.schools).toHaveLength(65);
    expect(double.districts).toHaveLength(23);
  });

  it('stays within the time budget for seeding (scale 1 in well under 2 s on a developer machine)', () => {
    const started = performance.now();
    generate({ seed: 99 });
    // generous bound: CI machines run the test files in parallel
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('rejects a scale or seed that cannot produce a world', () => {
    expect(() => generate({ scale: 0 })).toThrow(RangeError);
    expect(() => generate({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => generate({ seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it('hands out copies of the catalogues, so a caller editing its data cannot change the next run', () => {
    const first = generate({ scale: 0.05 });
    first.districts[0]!.name = 'changed';
    first.occupations[0]!.femaleShare = 2;
    const second = generate({ scale: 0.05 });
    expect(second.districts[0]!.name).toBe('Mitte');
    expect(second.occupations[0]!.femaleShare).toBeLessThanOrEqual(1);
  });
});
