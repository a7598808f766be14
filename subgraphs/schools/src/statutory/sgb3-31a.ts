import type { StatutoryRelease } from '@kassel-hub/governance';

/**
 * §31a SGB III: schools report leavers without a next step to the employment agency, which must
 * offer them guidance. The young person may object.
 */
export const SGB3_31A: StatutoryRelease = {
  id: 'SGB3_31A',
  legalBasis: '§31a SGB III',
  owner: 'schools',
  recipient: 'employment',
  purpose: 'CAREER_GUIDANCE',
  fields: ['pseudonym', 'school', 'leavingDate', 'qualification'],
  deadlineMonths: 6,
};
