import { registerEnumType } from 'type-graphql';

/** How a career-guidance contact took place. */
export enum GuidanceChannel {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  SCHOOL_CONSULTATION_HOUR = 'SCHOOL_CONSULTATION_HOUR',
}

/** The BA applicant statistics' status of an applicant on 30 September. */
export enum ApplicantOutcome {
  PLACED = 'PLACED',
  ALTERNATIVE_SEARCHING = 'ALTERNATIVE_SEARCHING',
  OTHER_FORMER = 'OTHER_FORMER',
  UNPLACED = 'UNPLACED',
  UNKNOWN = 'UNKNOWN',
}

/** Measures of the transition system funded or run by the employment agency and Jobcenter. */
export enum EmploymentMeasure {
  BVB = 'BVB',
  EQ = 'EQ',
  ASA_FLEX = 'ASA_FLEX',
  BUEA = 'BUEA',
}

export enum LabourMarketIndicator {
  UNEMPLOYMENT_RATE = 'UNEMPLOYMENT_RATE',
  YOUTH_UNEMPLOYMENT_RATE = 'YOUTH_UNEMPLOYMENT_RATE',
}

/** The legal branch (Rechtskreis) a labour-market figure covers. */
export enum LegalScope {
  TOTAL = 'TOTAL',
  SGB_III = 'SGB_III',
  SGB_II = 'SGB_II',
}

registerEnumType(GuidanceChannel, {
  name: 'GuidanceChannel',
  description: 'How a career-guidance contact (Berufsberatung) took place.',
  valuesConfig: {
    IN_PERSON: { description: 'Face to face at the employment agency.' },
    PHONE: { description: 'By telephone.' },
    VIDEO: { description: 'By video call (common only since 2020).' },
    SCHOOL_CONSULTATION_HOUR: { description: 'At the career counsellor\'s consultation hour in the young person\'s school.' },
  },
});
registerEnumType(ApplicantOutcome, {
  name: 'ApplicantOutcome',
  description: 'Status of a registered applicant for an apprenticeship on 30 September, the end of the BA reporting year.',
  valuesConfig: {
    PLACED: { description: 'Einmündende Bewerber: began an apprenticeship by 30 September.' },
    ALTERNATIVE_SEARCHING: {
      description:
        'Bewerber mit Alternative zum 30.09.: in an alternative to an apprenticeship on 30 September (school, study, measure, job) and still searching for a place; part of the extended demand (erweiterte Nachfrage) of the ANR.',
    },
    OTHER_FORMER: {
      description:
        'Andere ehemalige Bewerber: gave up the search before 30 September (in an alternative or otherwise, whereabouts known); not part of the demand, but of the interested in the EQI.',
    },
    UNPLACED: { description: 'Unversorgte Bewerber: neither an apprenticeship nor an alternative on 30 September, and still searching.' },
    UNKNOWN: { description: 'Verbleib unbekannt: left the register without telling the agency where to.' },
  },
});
registerEnumType(EmploymentMeasure, {
  name: 'EmploymentMeasure',
  description: 'A measure of the transition system (Übergangsbereich) or of support during an apprenticeship.',
  valuesConfig: {
    BVB: { description: 'Berufsvorbereitende Bildungsmaßnahme (§51 SGB III): about ten months of vocational preparation, may include catching up the Hauptschulabschluss.' },
    EQ: { description: 'Einstiegsqualifizierung (§54a SGB III): a 6–12-month company internship that prepares for, and may count towards, an apprenticeship.' },
    ASA_FLEX: { description: 'Assistierte Ausbildung flexibel (§74 SGB III): coaching and tutoring for trainees and their companies before and during an apprenticeship.' },
    BUEA: {
      description:
        'Berufsschulische Übergangsangebote: BÜA, the vocational schools\' one-year transition offer in Hessen (Berufsfachschule zum Übergang in Ausbildung), replacing BzB from 2025.',
    },
  },
});
registerEnumType(LabourMarketIndicator, {
  name: 'LabourMarketIndicator',
  description: 'An official labour-market indicator of the Bundesagentur für Arbeit.',
  valuesConfig: {
    UNEMPLOYMENT_RATE: { description: 'Registered unemployed in percent of the whole civilian labour force.' },
    YOUTH_UNEMPLOYMENT_RATE: { description: 'Registered unemployed under 25 in percent of the civilian labour force under 25.' },
  },
});
registerEnumType(LegalScope, {
  name: 'LegalScope',
  description: 'The legal branch (Rechtskreis) a figure covers; the SGB III and SGB II rates add up to the total.',
  valuesConfig: {
    TOTAL: { description: 'All registered unemployed.' },
    SGB_III: { description: 'Unemployed in the care of the Agentur für Arbeit (unemployment insurance, SGB III).' },
    SGB_II: { description: 'Unemployed in the care of the Jobcenter (basic income support, SGB II).' },
  },
});
