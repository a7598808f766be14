import { registerEnumType } from 'type-graphql';

/**
 * Data categories a consent can name. Each person-level field of every subgraph belongs to exactly
 * one category; a consent releases categories, not single fields, as the consent form does.
 */
export enum DataCategory {
  /** municipality: district of residence */
  RESIDENCE = 'RESIDENCE',
  /** municipality: transition-manager cases, youth-welfare measures */
  CASE_WORK = 'CASE_WORK',
  /** schools: leaving qualification and date, orientation activities */
  SCHOOL_CAREER = 'SCHOOL_CAREER',
  /** employment: career-guidance contacts */
  GUIDANCE = 'GUIDANCE',
  /** employment: applications for apprenticeships and their outcome, measures */
  APPLICATIONS = 'APPLICATIONS',
  /** employment: SGB II receipt of the household */
  BENEFITS = 'BENEFITS',
  /** chambers: training contracts and early terminations */
  TRAINING = 'TRAINING',
}

registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'A category of person-level data that a consent can release to other partners.',
  valuesConfig: {
    RESIDENCE: { description: 'District of residence (municipality).' },
    CASE_WORK: { description: 'Transition-manager cases and youth-welfare measures (municipality).' },
    SCHOOL_CAREER: { description: 'School leaving and vocational orientation (schools).' },
    GUIDANCE: { description: 'Career-guidance contacts (employment agency).' },
    APPLICATIONS: { description: 'Applications for apprenticeships, their outcome, and measures (employment agency, Jobcenter).' },
    BENEFITS: { description: 'SGB II receipt of the household (Jobcenter).' },
    TRAINING: { description: 'Training contracts and early terminations (chambers).' },
  },
});
