import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generate';
import { csvText, encodeCsv } from './german-csv';
import { samplePath } from './sample-export';
import { SAMPLE_WORLD, buildSamples } from './samples';
import { samplesDir } from './write-samples';
import { decodeWindows1252, encodeWindows1252, throughWindows1252 } from '@kassel-hub/reference';

describe('sample export files', () => {
  const samples = buildSamples(generate(SAMPLE_WORLD));

  it('the committed samples/ files are what the generator writes (run `npm run samples` after a generator change)', () => {
    expect(samples.map(samplePath).sort()).toEqual([
      'chambers/companies.csv',
      'chambers/contracts.csv',
      'chambers/entitlements.csv',
      'chambers/occupations.csv',
      'chambers/terminations.csv',
      'employment/applicants.csv',
      'employment/vacancies.csv',
      'municipality/districts.csv',
      'municipality/transition-cases.csv',
      'schools/leaving-class-list.csv',
      'schools/leaving-results.csv',
      'schools/school-register.csv',
    ]);
    for (const s of samples) {
      const committed = readFileSync(join(samplesDir, samplePath(s)));
      expect(committed.equals(encodeCsv(s.table, s.encoding)), `samples/${samplePath(s)} is stale`).toBe(true);
    }
  });

  it('each sample is small, keyed uniquely, and mostly rows the seed already holds', () => {
    // Small registers come whole: every school, every occupation the chambers register, every district.
    const world = generate(SAMPLE_WORLD);
    const whole: Record<string, number> = { 'school-register': world.schools.length, occupations: world.occupations.length, districts: world.districts.length };
    for (const s of samples) {
      if (s.kind in whole) {
        expect(s.expected.rows - s.expected.inserted).toBe(whole[s.kind]);
        expect(s.expected.unchanged).toBeGreaterThan(s.expected.rows * 0.9);
        continue;
      }
      expect(s.expected.rows).toBeGreaterThan(100);
      expect(s.expected.rows).toBeLessThanOrEqual(310);
      expect(s.expected.unchanged).toBeGreaterThan(s.expected.rows * 0.9);
      expect(s.expected.updated + s.expected.inserted).toBeGreaterThan(0);
    }
  });

  it('quotes values holding ";", quotes or line breaks, and writes CRLF line ends as Excel does', () => {
    expect(csvText({ header: ['a', 'b'], rows: [['Müller; Söhne', 'say "hi"\nthen']] })).toBe('a;b\r\n"Müller; Söhne";"say ""hi""\nthen"\r\n');
  });
});

describe('Windows-1252', () => {
  it('every byte decodes to the WHATWG character and encodes back to itself', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text[0x80]).toBe('€');
    expect(text[0x96]).toBe('–');
    expect(text[0xe4]).toBe('ä');
    expect([...encodeWindows1252(text)]).toEqual([...all]);
  });

  it('characters the code page lacks become "?", as Excel saves them', () => {
    expect(encodeWindows1252('Yılmaz – Petrović').toString('latin1')).toBe('Y?lmaz \x96 Petrovi?');
    expect(throughWindows1252('Yılmaz 😀')).toBe('Y?lmaz ?');
  });
});
