import { describe, expect, it } from 'vitest';
import {
  APPRENTICESHIP_OCCUPATION_BY_ID,
  APPRENTICESHIP_OCCUPATION_BY_KLDB,
  APPRENTICESHIP_OCCUPATIONS,
  APPRENTICESHIP_OCCUPATIONS_BY_KLDB,
  COMPETENT_BODIES,
  occupationId,
  DISTRICT_NAMES,
  isApprenticeshipKldb,
  isSkilledKldb,
  KLDB_SKILLED_CODES,
  isDistrictCode,
  isPseudonym,
  isQualification,
  QUALIFICATION_LABEL,
  QUALIFICATIONS,
} from './index';

/** BIBB: 328 recognised occupations from 1 August 2023 (SOURCES.md). */
const BIBB_RECOGNISED_2023 = 328;
/** What this list holds today; change with the list. */
const TOTAL = 320;
const COUNT_BY_BODY = { IHK: 228, HWK: 119, LANDWIRTSCHAFT: 13, FREIE_BERUFE: 9, OEFFENTLICHER_DIENST: 19, HAUSWIRTSCHAFT: 1, SEESCHIFFFAHRT: 1 };

/**
 * KldB codes as BIBB's list of the occupations of the vocational training statistics gives them
 * (Erhebungsberufe mit Berufsschlüsseln der KldB 2010, reporting year 2024; the first five digits of
 * the eight-digit code): the occupations whose code was corrected to it or added by it.
 */
const BIBB_KLDB: Record<string, string> = {
  'Bauzeichner/in': '27212',
  'Bootsbauer/in': '33322',
  'Böttcher/in': '22382',
  'Büchsenmacher/in': '24522',
  'Bühnenmaler/in und -plastiker/in': '94612',
  'Fachangestellte/r für Medien- und Informationsdienste': '73332',
  'Fachkraft für Möbel-, Küchen- und Umzugsservice': '22342',
  'Fachkraft für Straßen- und Verkehrstechnik': '31132',
  'Flachglastechnologe/Flachglastechnologin': '21342',
  'Fotomedienfachmann/Fotomedienfachfrau': '62242',
  'Holzbearbeitungsmechaniker/in': '22302',
  'Holzmechaniker/in': '22332',
  'Kaufmann/Kauffrau im E-Commerce': '61282',
  'Orthopädieschuhmacher/in': '28332',
  'Polster- und Dekorationsnäher/in': '28232',
  'Polsterer/Polsterin': '28242',
  'Produktionsmechaniker/in – Textil': '28102',
  'Textilgestalter/in im Handwerk': '28122',
  'Tierpfleger/in': '11502',
  'Verfahrensmechaniker/in für Beschichtungstechnik': '24302',
  'Weintechnologe/Weintechnologin': '29122',
  'Servicefahrer/in': '52182',
  'Produktprüfer/in – Textil': '28122',
  'Textillaborant/in': '41322',
  'Biologiemodellmacher/in': '27232',
  'Kaufmann/Kauffrau für audiovisuelle Medien': '92302',
  'Milchwirtschaftliche/r Laborant/in': '41212',
  'Gestalter/in für immersive Medien': '23212',
  'Sportfachmann/Sportfachfrau': '63122',
};

describe('reference data', () => {
  it('names the 23 Stadtteile by the codes 01 to 23, each once', () => {
    expect(DISTRICT_NAMES.map((d) => d.code)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(DISTRICT_NAMES.map((d) => d.name)).size).toBe(23);
    expect(isDistrictCode('11')).toBe(true);
    expect(isDistrictCode('24')).toBe(false);
  });

  it('lists each occupation once, under a distinct id, with a five-digit KldB code of skilled tasks, its competent bodies and a regular duration', () => {
    const titles = APPRENTICESHIP_OCCUPATIONS.map((o) => o.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(APPRENTICESHIP_OCCUPATION_BY_ID.size).toBe(titles.length);
    for (const o of APPRENTICESHIP_OCCUPATIONS) {
      expect(o.kldb, o.title).toMatch(/^\d{4}2$/);
      expect(isSkilledKldb(o.kldb), `${o.title}: ${o.kldb} is no skilled-level Berufsgattung`).toBe(true);
      expect(o.id, o.title).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(o.bodies.length, o.title).toBeGreaterThan(0);
      expect(new Set(o.bodies).size, o.title).toBe(o.bodies.length);
      for (const body of o.bodies) expect(COMPETENT_BODIES).toContain(body);
      expect(o.body).toBe(o.bodies[0]);
      expect([24, 36, 42], o.title).toContain(o.durationMonths);
    }
    expect(occupationId('Fachkraft für Möbel-, Küchen- und Umzugsservice')).toBe('fachkraft-fuer-moebel-kuechen-und-umzugsservice');
    expect(APPRENTICESHIP_OCCUPATION_BY_ID.get('kaufmann-kauffrau-im-einzelhandel')?.kldb).toBe('62102');
  });

  it('holds the skilled-level Berufsgattungen of the KldB 2010 systematic list, and only those', () => {
    expect(KLDB_SKILLED_CODES.size).toBe(419);
    for (const code of KLDB_SKILLED_CODES) expect(code).toMatch(/^\d{4}2$/);
    expect(isSkilledKldb('24232')).toBe(true); // Zerspanungstechnik
    expect(isSkilledKldb('24233')).toBe(false); // the same field, complex tasks
    expect(isSkilledKldb('43422')).toBe(false); // no such Berufsgattung: programming has no skilled level
  });

  it('lets several occupations share a KldB code and resolves a bare code to the principal one, listed first', () => {
    expect(APPRENTICESHIP_OCCUPATIONS_BY_KLDB.get('62102')!.map((o) => o.title)).toEqual(['Kaufmann/Kauffrau im Einzelhandel', 'Verkäufer/in']);
    expect(APPRENTICESHIP_OCCUPATION_BY_KLDB.get('62102')!.title).toBe('Kaufmann/Kauffrau im Einzelhandel');
    for (const [kldb, occupations] of APPRENTICESHIP_OCCUPATIONS_BY_KLDB) {
      expect(APPRENTICESHIP_OCCUPATION_BY_KLDB.get(kldb)).toBe(occupations[0]);
      for (const o of occupations) expect(o.kldb).toBe(kldb);
    }
    expect(new Set(APPRENTICESHIP_OCCUPATIONS.map((o) => o.kldb)).size).toBe(APPRENTICESHIP_OCCUPATION_BY_KLDB.size);
    expect(isApprenticeshipKldb('81102')).toBe(true); // Medizinische/r Fachangestellte/r
    expect(isApprenticeshipKldb('28342')).toBe(true); // Kürschner/in
    expect(isApprenticeshipKldb('99999')).toBe(false);
  });

  it('names both chambers where an occupation is trained under the Berufsbildungsgesetz and the Handwerksordnung', () => {
    const bodies = (title: string) => APPRENTICESHIP_OCCUPATIONS.find((o) => o.title === title)?.bodies;
    expect(bodies('Kraftfahrzeugmechatroniker/in')).toEqual(['HWK', 'IHK']);
    expect(bodies('Maurer/in')).toEqual(['HWK', 'IHK']);
    expect(bodies('Mechatroniker/in für Kältetechnik')).toEqual(['HWK', 'IHK']); // § 1 KälteMechaAusbV: BBiG and HwO
    expect(bodies('Klempner/in')).toEqual(['HWK']); // § 1 KlempnerAusbV: HwO only
    expect(bodies('Elektroniker/in für Gebäudesystemintegration')).toEqual(['HWK']); // § 1 GSIAusbV: HwO only
    expect(bodies('Bestattungsfachkraft')).toEqual(['HWK', 'IHK', 'OEFFENTLICHER_DIENST']); // § 1 BestAusbV
    expect(bodies('Schiffsmechaniker/in')).toEqual(['SEESCHIFFFAHRT']);
    expect(bodies('Hauswirtschafter/in')).toEqual(['HAUSWIRTSCHAFT']);
  });

  it('holds every occupation that a training regulation recognising several names in its § 1', () => {
    const titles = new Set(APPRENTICESHIP_OCCUPATIONS.map((o) => o.title));
    const regulations: Record<string, string[]> = {
      // Verordnung über die Berufsausbildung in den industriellen Elektroberufen, § 1 (BBiG), § 2: 42 months
      IndElektroAusbV: [
        'Elektroniker/in für Gebäude- und Infrastruktursysteme',
        'Elektroniker/in für Betriebstechnik',
        'Elektroniker/in für Automatisierungstechnik',
        'Elektroniker/in für Geräte und Systeme',
        'Elektroniker/in für Informations- und Systemtechnik',
      ],
      // Verordnung über die Berufsausbildung in den industriellen Metallberufen, § 1 (BBiG), § 2: 42 months
      IndMetAusbV: ['Anlagenmechaniker/in', 'Industriemechaniker/in', 'Konstruktionsmechaniker/in', 'Werkzeugmechaniker/in', 'Zerspanungsmechaniker/in'],
      // Verordnung über die Berufsausbildung im Holz- und Bautenschutzgewerbe, § 1
      HolzBauSchAusbV: ['Fachkraft für Holz- und Bautenschutzarbeiten', 'Holz- und Bautenschützer/in'],
    };
    for (const [regulation, recognised] of Object.entries(regulations)) {
      for (const title of recognised) expect(titles.has(title), `${regulation}: ${title}`).toBe(true);
    }
    const months = (title: string) => APPRENTICESHIP_OCCUPATIONS.find((o) => o.title === title)?.durationMonths;
    for (const title of [...regulations.IndElektroAusbV!, ...regulations.IndMetAusbV!]) expect(months(title), title).toBe(42);
    expect(months('Fachkraft für Holz- und Bautenschutzarbeiten')).toBe(24);
  });

  it('takes legal basis and duration of single-occupation regulations from their § 1 and § 2', () => {
    const row = (title: string) => {
      const o = APPRENTICESHIP_OCCUPATIONS.find((x) => x.title === title);
      return o && { bodies: o.bodies, months: o.durationMonths };
    };
    expect(row('Verfahrensmechaniker/in für Beschichtungstechnik')).toEqual({ bodies: ['IHK'], months: 36 }); // BeschMechAusbV: BBiG
    expect(row('Automatenfachmann/Automatenfachfrau')).toEqual({ bodies: ['IHK'], months: 36 }); // AutomAusbV: § 4 BBiG
    expect(row('Seiler/in')).toEqual({ bodies: ['HWK'], months: 36 }); // SeilAusbV: § 25 HwO only
    expect(row('Werksteinhersteller/in')).toEqual({ bodies: ['HWK'], months: 36 }); // WStHAusbV: § 25 HwO only
    expect(row('Fachkraft für Lederverarbeitung')).toEqual({ bodies: ['IHK'], months: 24 }); // LederVAusbV: § 4 BBiG
    expect(row('Fachkraft für Lederherstellung und Gerbereitechnik')).toEqual({ bodies: ['IHK', 'HWK'], months: 36 }); // LederGerbAusbV: BBiG and HwO
    expect(row('Leichtflugzeugbauer/in')).toEqual({ bodies: ['IHK'], months: 36 }); // LeichtflBAusbV: BBiG
    expect(row('Servicefahrer/in')).toEqual({ bodies: ['IHK'], months: 24 }); // ServicefahrerAusbV: BBiG
    expect(row('Gestalter/in für immersive Medien')).toEqual({ bodies: ['IHK'], months: 36 }); // GiMedAusbV: § 4 BBiG
    expect(row('Sportfachmann/Sportfachfrau')).toEqual({ bodies: ['IHK'], months: 36 }); // SportfAusbV: § 4 BBiG
    expect(row('Binnenschifffahrtskapitän/in')).toEqual({ bodies: ['IHK'], months: 42 }); // BinSchKapAusbV: § 4 BBiG, three and a half years
    expect(row('Berg- und Maschinenmann/Berg- und Maschinenfrau')).toEqual({ bodies: ['IHK'], months: 24 }); // BergMAusbV: two years
    expect(row('Brenner/in')).toEqual({ bodies: ['IHK', 'LANDWIRTSCHAFT'], months: 36 }); // BrennAusbV: trade and agriculture
    expect(row('Thermometermacher/in')).toEqual({ bodies: ['HWK', 'IHK'], months: 36 }); // ThermMAusbV: BBiG and HwO
    expect(row('Flechtwerkgestalter/in')).toEqual({ bodies: ['HWK', 'IHK'], months: 36 }); // FlechtwAusbV: HwO and BBiG
    expect(row('Präzisionswerkzeugmechaniker/in')).toEqual({ bodies: ['HWK'], months: 42 }); // PWMAusbV: § 25 HwO, three and a half years
    expect(row('Maßschuhmacher/in')).toEqual({ bodies: ['HWK'], months: 36 }); // MaßschuhmAusbV: § 25 HwO
    expect(row('Kunststoff- und Kautschuktechnologe/Kunststoff- und Kautschuktechnologin')).toEqual({ bodies: ['IHK'], months: 36 }); // KStoffTechAusbV
    expect(row('Milchwirtschaftliche/r Laborant/in')).toEqual({ bodies: ['LANDWIRTSCHAFT'], months: 36 });
  });

  it('lists occupations under the KldB code BIBB gives them in the vocational training statistics', () => {
    for (const [title, kldb] of Object.entries(BIBB_KLDB)) {
      expect(APPRENTICESHIP_OCCUPATIONS.find((o) => o.title === title)?.kldb, title).toBe(kldb);
    }
    // replaced titles are gone: their successors carry the code
    const titles = new Set(APPRENTICESHIP_OCCUPATIONS.map((o) => o.title));
    for (const replaced of ['Schuhmacher/in', 'Schneidwerkzeugmechaniker/in', 'Korb- und Flechtwerkgestalter/in', 'Verfahrensmechaniker/in für Kunststoff- und Kautschuktechnik']) {
      expect(titles.has(replaced), replaced).toBe(false);
    }
    // where a code is shared, the occupation with most new contracts comes first (BIBB/DAZUBI ranking 2024)
    const principal = (kldb: string) => APPRENTICESHIP_OCCUPATION_BY_KLDB.get(kldb)?.title;
    expect(principal('27212')).toBe('Bauzeichner/in');
    expect(principal('28232')).toBe('Polster- und Dekorationsnäher/in');
    expect(principal('28332')).toBe('Orthopädieschuhmacher/in');
    expect(principal('24302')).toBe('Verfahrensmechaniker/in für Beschichtungstechnik');
    expect(principal('33322')).toBe('Zimmerer/Zimmerin');
    expect(principal('22342')).toBe('Tischler/in');
  });

  it('counts occupations per competent body, and never more than BIBB recognises', () => {
    const count = (body: string) => APPRENTICESHIP_OCCUPATIONS.filter((o) => o.bodies.includes(body as never)).length;
    for (const body of COMPETENT_BODIES) expect(count(body), body).toBeGreaterThan(0);
    // this list: see SOURCES.md (an occupation with two bodies counts under both)
    expect(Object.fromEntries(COMPETENT_BODIES.map((b) => [b, count(b)]))).toEqual(COUNT_BY_BODY);
    expect(APPRENTICESHIP_OCCUPATIONS.length).toBeLessThanOrEqual(BIBB_RECOGNISED_2023);
    expect(APPRENTICESHIP_OCCUPATIONS.length).toBe(TOTAL);
  });

  it('orders the Hessian qualifications lowest first, each with a German label', () => {
    expect(QUALIFICATIONS[0]).toBe('NONE');
    expect(QUALIFICATIONS.at(-1)).toBe('ABITUR');
    expect(Object.keys(QUALIFICATION_LABEL).sort()).toEqual([...QUALIFICATIONS].sort());
    expect(isQualification('FHR')).toBe(true);
    expect(isQualification('fhr')).toBe(false);
  });

  it('accepts pseudonyms of Y and 12 Crockford characters only', () => {
    expect(isPseudonym('Y0123456789AB')).toBe(true);
    expect(isPseudonym('YILOU00000000')).toBe(false); // I, L, O, U are not Crockford digits
    expect(isPseudonym('X0123456789AB')).toBe(false);
    expect(isPseudonym('Y0123456789A')).toBe(false);
  });
});
