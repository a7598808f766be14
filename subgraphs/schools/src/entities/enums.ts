import { registerEnumType } from 'type-graphql';

/** Hessian school types, general and vocational. */
export enum SchoolType {
  HAUPTSCHULE = 'HAUPTSCHULE',
  REALSCHULE = 'REALSCHULE',
  MITTELSTUFENSCHULE = 'MITTELSTUFENSCHULE',
  GYMNASIUM = 'GYMNASIUM',
  GESAMTSCHULE = 'GESAMTSCHULE',
  FOERDERSCHULE = 'FOERDERSCHULE',
  BERUFSSCHULE = 'BERUFSSCHULE',
  BERUFSFACHSCHULE = 'BERUFSFACHSCHULE',
  FOS = 'FOS',
  BERUFLICHES_GYMNASIUM = 'BERUFLICHES_GYMNASIUM',
}

/** Hessian school-leaving qualifications. */
export enum Qualification {
  NONE = 'NONE',
  FOERDER = 'FOERDER',
  HAUPT = 'HAUPT',
  HAUPT_QUALI = 'HAUPT_QUALI',
  HAUPT_ERWEITERT = 'HAUPT_ERWEITERT',
  REAL = 'REAL',
  REAL_QUALI = 'REAL_QUALI',
  FHR = 'FHR',
  ABITUR = 'ABITUR',
}

/** The next step a leaver has confirmed when leaving, as the school records it. */
export enum NextStep {
  APPRENTICESHIP = 'APPRENTICESHIP',
  TRANSITION_SYSTEM = 'TRANSITION_SYSTEM',
  FURTHER_SCHOOL = 'FURTHER_SCHOOL',
  UNIVERSITY = 'UNIVERSITY',
}

export enum OrientationKind {
  POTENZIALANALYSE = 'POTENZIALANALYSE',
  INTERNSHIP = 'INTERNSHIP',
}

registerEnumType(SchoolType, { name: 'SchoolType', description: 'Type of school under Hessian school law (KGS/IGS are GESAMTSCHULE).' });
registerEnumType(Qualification, {
  name: 'Qualification',
  description: 'School-leaving qualification in Hessen.',
  valuesConfig: {
    NONE: { description: 'Left without a qualification (Abgangszeugnis).' },
    FOERDER: { description: 'Förderschulabschluss.' },
    HAUPT: { description: 'Hauptschulabschluss.' },
    HAUPT_QUALI: { description: 'Qualifizierender Hauptschulabschluss.' },
    HAUPT_ERWEITERT: { description: 'Erweiterter Hauptschulabschluss (§13 HSchG, Hessen): after a tenth year; above the qualifying Hauptschulabschluss, below the Realschulabschluss.' },
    REAL: { description: 'Realschulabschluss (mittlerer Abschluss).' },
    REAL_QUALI: { description: 'Qualifizierender Realschulabschluss.' },
    FHR: { description: 'Fachhochschulreife.' },
    ABITUR: { description: 'Allgemeine Hochschulreife.' },
  },
});
registerEnumType(OrientationKind, {
  name: 'OrientationKind',
  description: 'Vocational orientation activity at school.',
  valuesConfig: {
    POTENZIALANALYSE: { description: 'Potential analysis in grade 7/8.' },
    INTERNSHIP: { description: 'Orientation internship (Betriebspraktikum) at a company.' },
  },
});
registerEnumType(NextStep, {
  name: 'NextStep',
  description: 'Confirmed next step of a school leaver (iABE sectors I–IV). None recorded means no known next step (§31a SGB III).',
});
