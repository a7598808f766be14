/**
 * Hessian school-leaving qualifications (HSchG), lowest first: the order tables and reports use.
 * The labels are the German wording of school certificates and of the school systems' exports.
 */
export const QUALIFICATIONS = ['NONE', 'FOERDER', 'HAUPT', 'HAUPT_QUALI', 'HAUPT_ERWEITERT', 'REAL', 'REAL_QUALI', 'FHR', 'ABITUR'] as const;

export type Qualification = (typeof QUALIFICATIONS)[number];

export const QUALIFICATION_LABEL: Readonly<Record<Qualification, string>> = {
  NONE: 'ohne Abschluss', // Abgangszeugnis
  FOERDER: 'Förderschulabschluss',
  HAUPT: 'Hauptschulabschluss',
  HAUPT_QUALI: 'qualifizierender Hauptschulabschluss',
  HAUPT_ERWEITERT: 'erweiterter Hauptschulabschluss', // §13 HSchG, after grade 10
  REAL: 'Realschulabschluss', // mittlerer Abschluss
  REAL_QUALI: 'qualifizierender Realschulabschluss',
  FHR: 'Fachhochschulreife',
  ABITUR: 'Abitur', // allgemeine Hochschulreife
};

export const isQualification = (value: string): value is Qualification => (QUALIFICATIONS as readonly string[]).includes(value);
