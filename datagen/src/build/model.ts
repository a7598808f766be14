import type { Destination, Qualification, Sex, SchoolType } from '../types';

/**
 * The behavioural assumptions of the synthetic world in one place: who goes to which school type,
 * leaves with which qualification, and ends up where. The destinations are tuned to published ratios
 * (BIBB iABE, HSL, DZHW, BA Kassel: about a quarter directly into a dual apprenticeship, a fifth
 * into the transition system; sources and assumptions in datagen/SOURCES.md, the ranges checked by
 * published-targets.test.ts), and risk, SGB II receipt and nationality shift outcomes the way the
 * seed document describes (risks cluster; the direct transition fails more often for disadvantaged
 * young people).
 */

/** 1 Hauptschule level or below, 2 mittlerer Abschluss, 3 (Fach-)Hochschulreife */
export function qualificationLevel(q: Qualification): 1 | 2 | 3 {
  if (q === 'FHR' || q === 'ABITUR') return 3;
  if (q === 'REAL' || q === 'REAL_QUALI') return 2;
  return 1;
}

export const LEAVING_SCHOOL_TYPES: readonly SchoolType[] = [
  'GYMNASIUM', 'GESAMTSCHULE', 'MITTELSTUFENSCHULE', 'HAUPTSCHULE', 'REALSCHULE',
  'FOERDERSCHULE', 'BERUFSFACHSCHULE', 'FOS', 'BERUFLICHES_GYMNASIUM', 'BERUFSSCHULE',
];

/** share of a cohort's leavers by school type, and how strongly individual risk tilts it */
const SCHOOL_TYPE_BASE: Record<SchoolType, [share: number, riskTilt: number]> = {
  GYMNASIUM: [0.2, -2.4],
  GESAMTSCHULE: [0.3, 0],
  MITTELSTUFENSCHULE: [0.12, 1.0],
  HAUPTSCHULE: [0.05, 2.0],
  REALSCHULE: [0.1, -0.5],
  FOERDERSCHULE: [0.04, 2.5],
  BERUFSFACHSCHULE: [0.07, 0],
  FOS: [0.07, 0],
  BERUFLICHES_GYMNASIUM: [0.04, -1.0],
  BERUFSSCHULE: [0.02, 2.0],
};

/** individual risk around which the base shares hold */
const RISK_PIVOT = 0.3;

export function schoolTypeWeights(risk: number): number[] {
  return LEAVING_SCHOOL_TYPES.map((t) => {
    const [share, tilt] = SCHOOL_TYPE_BASE[t];
    return share * Math.exp(tilt * (risk - RISK_PIVOT));
  });
}

/** qualification distribution by school type, in QUALIFICATIONS order without HAUPT_ERWEITERT (see below) */
const QUALIFICATION_BY_TYPE: Record<SchoolType, readonly number[]> = {
  //                     NONE  FOER  HAUPT HQ    REAL  RQ    FHR   ABI
  HAUPTSCHULE: [0.12, 0, 0.42, 0.31, 0.15, 0, 0, 0],
  REALSCHULE: [0.02, 0, 0.08, 0, 0.45, 0.45, 0, 0],
  MITTELSTUFENSCHULE: [0.08, 0, 0.27, 0.22, 0.27, 0.15, 0, 0],
  GYMNASIUM: [0, 0, 0, 0, 0.04, 0.06, 0.03, 0.87],
  GESAMTSCHULE: [0.05, 0, 0.16, 0.12, 0.3, 0.22, 0.02, 0.12],
  FOERDERSCHULE: [0.27, 0.63, 0.1, 0, 0, 0, 0, 0],
  BERUFSSCHULE: [0.35, 0, 0.45, 0.2, 0, 0, 0, 0],
  BERUFSFACHSCHULE: [0.05, 0, 0.05, 0, 0.6, 0.3, 0, 0],
  FOS: [0, 0, 0, 0, 0, 0.1, 0.9, 0],
  BERUFLICHES_GYMNASIUM: [0, 0, 0, 0, 0, 0, 0.15, 0.85],
};

/**
 * Of the qualifying Hauptschulabschluss weight, the share that stays a tenth year and leaves with the
 * erweiterter Hauptschulabschluss (§13 HSchG). Split off the adjacent weight so that the single
 * draw per leaver is unchanged and every other qualification of the generated world stays as it was.
 */
const ERWEITERT_SHARE = 0.3;

export function qualificationWeights(type: SchoolType, risk: number): number[] {
  // higher risk moves weight towards lower qualifications within the same school type
  const w = (QUALIFICATION_BY_TYPE[type] as number[]).map((x, rank) => x * Math.exp(-0.25 * (risk - RISK_PIVOT) * rank));
  return [...w.slice(0, 3), w[3] * (1 - ERWEITERT_SHARE), w[3] * ERWEITERT_SHARE, ...w.slice(4)];
}

/** leaving age range by qualification (Hessen: grade 9 at 15–16 … Abitur at 18–19) */
export function leavingAgeRange(q: Qualification, type: SchoolType | null): [number, number] {
  if (type === 'BERUFSSCHULE') return [17, 19];
  if (type === 'BERUFSFACHSCHULE') return [17, 18];
  switch (q) {
    case 'NONE':
      return [15, 17];
    case 'FOERDER':
      return [16, 17];
    case 'HAUPT':
    case 'HAUPT_QUALI':
      return [15, 16];
    case 'HAUPT_ERWEITERT':
      return [16, 17];
    case 'REAL':
    case 'REAL_QUALI':
      return [16, 17];
    case 'FHR':
    case 'ABITUR':
      return [18, 19];
  }
}

export const DESTINATIONS: readonly Destination[] = ['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY', 'OTHER', 'UNKNOWN'];

/**
 * Destination distribution by qualification, in DESTINATIONS order, BEFORE the individual factors
 * of destinationWeights() (sex, nationality, SGB II, risk), which lower the apprenticeship share by
 * about a sixth on average. Sources and assumptions per row: datagen/SOURCES.md.
 *  - APPRENTICESHIP is a dual contract (BBiG/HwO) only: BIBB iABE 2024 puts 36.1 % of all entrants
 *    into sector I, but only 65.1 % of those into dual training (≈ 23.5 % of entrants); school-based
 *    training (health, care, social) counts as FURTHER_SCHOOL here, as the schools record it.
 *  - Sek I leavers with a mittlerer Abschluss mostly stay at school (HSL: over half of them move
 *    straight into a course leading to the Hochschulreife), REAL_QUALI most often.
 *  - Leavers with at most a Hauptschulabschluss go into the transition system far more often (BIBB,
 *    HSL); without one, most of them.
 *  - Abitur holders mostly go to university (DZHW: about half study half a year after school, most
 *    of the rest take a gap year, voluntary service or a job = OTHER); few take a dual contract.
 */
const DESTINATION_BY_QUALIFICATION: Record<Qualification, readonly number[]> = {
  //           APP   TS    FS    UNI   OTHER UNK
  NONE: [0.1, 0.69, 0.06, 0, 0.09, 0.06],
  FOERDER: [0.06, 0.79, 0.04, 0, 0.06, 0.05],
  HAUPT: [0.36, 0.34, 0.19, 0, 0.06, 0.05],
  HAUPT_QUALI: [0.45, 0.2, 0.25, 0, 0.06, 0.04],
  HAUPT_ERWEITERT: [0.43, 0.16, 0.3, 0, 0.07, 0.04],
  REAL: [0.42, 0.1, 0.4, 0, 0.05, 0.03],
  REAL_QUALI: [0.36, 0.05, 0.54, 0, 0.03, 0.02],
  FHR: [0.34, 0.02, 0.1, 0.36, 0.14, 0.04],
  ABITUR: [0.18, 0.01, 0.04, 0.55, 0.19, 0.03],
};

export interface DestinationFactors {
  qualification: Qualification;
  sex: Sex;
  nonGerman: boolean;
  sgb2: boolean;
  risk: number;
}

export function destinationWeights(f: DestinationFactors): number[] {
  const w = [...(DESTINATION_BY_QUALIFICATION[f.qualification] as number[])] as [number, number, number, number, number, number];
  // young women more often choose school-based training (care, social, health professions), so
  // only about a third of dual-system contracts go to women
  let factor = f.sex === 'female' ? 0.67 : f.sex === 'male' ? 1.17 : 1;
  // structural disadvantage: the direct transition into apprenticeship fails more often
  if (f.nonGerman) factor *= 0.75;
  if (f.sgb2) factor *= 0.85;
  factor *= Math.exp(-0.5 * (f.risk - RISK_PIVOT));

  const app = Math.min(0.9, w[0] * factor);
  if (app >= w[0]) {
    // more apprenticeships: take the difference proportionally from the other destinations
    const keep = (1 - app) / (1 - w[0]);
    for (let i = 1; i < w.length; i++) w[i] = (w[i] as number) * keep;
  } else {
    const moved = w[0] - app;
    if (f.sex === 'female') {
      w[2] += moved * 0.5;
      w[1] += moved * 0.4;
      w[5] += moved * 0.1;
    } else {
      w[1] += moved * 0.75;
      w[4] += moved * 0.1;
      w[5] += moved * 0.15;
    }
  }
  w[0] = app;
  return w;
}
