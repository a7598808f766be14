import { APPRENTICESHIP_OCCUPATION_BY_KLDB } from '@kassel-hub/reference';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, DISTRICT_BY_CODE } from './catalogue/districts';
import { OCCUPATIONS, OCCUPATION_PROFILES } from './catalogue/occupations';
import { SCHOOLS, TRANSITION_MANAGER_SCHOOLS } from './catalogue/schools';

const OFFICIAL_STADTTEILE = [
  'Mitte', 'Südstadt', 'Vorderer Westen', 'Wehlheiden', 'Bad Wilhelmshöhe', 'Brasselsberg', 'Süsterfeld/Helleböhn',
  'Harleshausen', 'Kirchditmold', 'Rothenditmold', 'Nord-Holland', 'Philippinenhof/Warteberg', 'Fasanenhof', 'Wesertor',
  'Wolfsanger/Hasenhecke', 'Bettenhausen', 'Forstfeld', 'Waldau', 'Niederzwehren', 'Oberzwehren', 'Nordshausen',
  'Jungfernkopf', 'Unterneustadt',
];

describe('district catalogue', () => {
  it("lists Kassel's 23 Stadtteile with their official codes 01–23 and names, so district reports match the city's", () => {
    expect(DISTRICTS.map((d) => d.code)).toEqual(OFFICIAL_STADTTEILE.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(DISTRICTS.map((d) => d.name)).toEqual(OFFICIAL_STADTTEILE);
  });

  it('adds up to the city totals of the seed document (~196,500 inhabitants, ~49,500 under 25)', () => {
    const population = DISTRICTS.reduce((s, d) => s + d.population, 0);
    const under25 = DISTRICTS.reduce((s, d) => s + d.under25, 0);
    expect(Math.abs(population - 196_500)).toBeLessThan(1_000);
    expect(Math.abs(under25 - 49_500)).toBeLessThan(500);
    for (const d of DISTRICTS) expect(d.under25).toBeLessThan(d.population);
  });

  it('clusters social risk in the districts the network names, and keeps it low in the affluent west', () => {
    const risk = (name: string) => DISTRICTS.find((d) => d.name === name)!.risk;
    const high = ['Nord-Holland', 'Wesertor', 'Rothenditmold', 'Oberzwehren', 'Bettenhausen', 'Forstfeld', 'Mitte'];
    const low = ['Brasselsberg', 'Bad Wilhelmshöhe', 'Harleshausen', 'Nordshausen'];
    const lowestHigh = Math.min(...high.map(risk));
    for (const d of DISTRICTS.filter((x) => !high.includes(x.name))) expect(d.risk).toBeLessThan(lowestHigh);
    for (const name of low) expect(risk(name)).toBeLessThan(0.15);
    // the indicators move with the risk score
    for (const name of high) expect(DISTRICT_BY_CODE.get(DISTRICTS.find((d) => d.name === name)!.code)!.sgb2Rate).toBeGreaterThan(18);
    for (const name of low) expect(DISTRICTS.find((d) => d.name === name)!.sgb2Rate).toBeLessThan(6);
  });
});

describe('occupation catalogue', () => {
  it('uses unique five-digit KldB 2010 codes at skilled level, each registered by the IHK or the HWK', () => {
    const codes = OCCUPATIONS.map((o) => o.kldb);
    expect(new Set(codes).size).toBe(codes.length);
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(28);
    for (const o of OCCUPATIONS) {
      expect(o.kldb).toMatch(/^\d{4}2$/);
      expect(['IHK', 'HWK']).toContain(o.chamber);
      expect([24, 36, 42]).toContain(o.durationMonths);
      expect(o.femaleShare).toBeGreaterThanOrEqual(0);
      expect(o.femaleShare).toBeLessThanOrEqual(1);
      expect(OCCUPATION_PROFILES[o.kldb]).toBeDefined();
    }
  });

  it('takes every occupation from the reference list: the principal occupation of its code, with its title, body and duration', () => {
    for (const o of OCCUPATIONS) {
      const reference = APPRENTICESHIP_OCCUPATION_BY_KLDB.get(o.kldb);
      expect(reference, o.kldb).toBeDefined();
      expect(o.title).toBe(reference!.title);
      expect(o.chamber).toBe(reference!.body);
      expect(reference!.bodies).toContain(o.chamber);
      expect(o.durationMonths).toBe(reference!.durationMonths);
    }
  });

  it('assigns crafts to the Handwerkskammer and trade and industry to the IHK', () => {
    const chamber = (kldb: string) => OCCUPATIONS.find((o) => o.kldb === kldb)?.chamber;
    for (const hwk of ['82312', '25212', '34212', '26212', '33212', '24412', '62312']) expect(chamber(hwk)).toBe('HWK');
    for (const ihk of ['62102', '71402', '72112', '71302', '51312', '43412', '29302']) expect(chamber(ihk)).toBe('IHK');
  });

  it('leaves out occupations that neither chamber registers (public administration, medical assistants)', () => {
    const codes = OCCUPATIONS.map((o) => o.kldb);
    expect(codes).not.toContain('73202');
    expect(codes).not.toContain('81102');
  });
});

describe('school catalogue', () => {
  it('has 65 schools with unique ids in existing districts', () => {
    expect(SCHOOLS).toHaveLength(65);
    expect(new Set(SCHOOLS.map((s) => s.id)).size).toBe(65);
    expect(new Set(SCHOOLS.map((s) => s.name)).size).toBe(65);
    for (const s of SCHOOLS) expect(DISTRICT_BY_CODE.has(s.districtCode)).toBe(true);
  });

  it('names no real Kassel school and no real Kassel place, so no synthetic figure reads as a fact about a real school', () => {
    // Real schools in Kassel (public lists: Staatliches Schulamt, city council, local press), their
    // distinctive name parts, and Kassel places a real school is named after.
    const REAL = [
      'Lindenberg', 'Albert-Schweitzer', 'Engelsburg', 'Friedrichsgymnasium', 'Goethe', 'Wilhelmsgymnasium', 'Jacob-Grimm',
      'Heinrich-Schütz', 'Carl-Schomburg', 'Georg-August-Zinn', 'Comenius', 'Waldau', 'Reformschule', 'Hegelsberg', 'Nord+',
      'Fasanenhof', 'Wöhler', 'Valentin-Traudt', 'Lichtenberg', 'Herderschule', 'Max-Eyth', 'Oskar-von-Miller', 'Arnold-Bode',
      'Elisabeth-Knipping', 'Reuter', 'Willy-Brandt', 'Walter-Hecker', 'Heideweg', 'Auefeld', 'Eichwald', 'Warteberg',
      'Weinberg', 'Kratzenberg', 'Möncheberg', 'Wilhelmshöhe', 'Dönche', 'Helleböhn', 'Karlsaue', 'Fuldaaue', 'Messeplatz',
      'Zeughaus', 'Nord-Ost', 'Süd-West', ...DISTRICTS.flatMap((d) => d.name.split('/')),
    ];
    for (const s of SCHOOLS) {
      // every name says what kind of school it is and where it "lies": "<type> am <invented place>"
      const place = s.name.split(' am ')[1] ?? s.name;
      for (const real of REAL) expect(place.toLowerCase(), `${s.id} ${s.name}`).not.toContain(real.toLowerCase());
      expect(s.name).toMatch(/^(Hauptschule|Realschule|Mittelstufenschule|Gymnasium|Gesamtschule|Förderschule|Berufliche Schulen|Berufsfachschule|Fachoberschule|Berufliches Gymnasium) am [A-ZÄÖÜ][a-zäöüß]+$/);
    }
  });

  it('gives exactly 8 schools a transition manager: Haupt-, Mittelstufen- or Gesamtschulen in higher-risk districts', () => {
    expect(TRANSITION_MANAGER_SCHOOLS).toHaveLength(8);
    for (const s of TRANSITION_MANAGER_SCHOOLS) {
      expect(['HAUPTSCHULE', 'MITTELSTUFENSCHULE', 'GESAMTSCHULE']).toContain(s.type);
      expect(DISTRICT_BY_CODE.get(s.districtCode)!.risk).toBeGreaterThanOrEqual(0.65);
    }
  });
});
