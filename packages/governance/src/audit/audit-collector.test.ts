import { describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { AuditCollector } from './audit-collector';

const employment: Identity = { sub: 'e-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: 'C-7' };

describe('read collector', () => {
  it('groups a request\'s reads into one entry per young person with the fields read', () => {
    const audit = new AuditCollector(employment, 'schools');
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving', legalBasis: 'consent:c1' });
    audit.read({ pseudonym: 'YB', field: 'schoolLeaving', legalBasis: 'consent:c2' });
    audit.read({ pseudonym: 'YA', field: 'orientationActivities', legalBasis: 'consent:c1' });
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving', legalBasis: 'consent:c1' });
    expect(audit.drain()).toEqual([
      { user: 'e-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: 'C-7', action: 'READ', pseudonym: 'YA', legalBasis: 'consent:c1', fields: ['orientationActivities', 'schoolLeaving'] },
      { user: 'e-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: 'C-7', action: 'READ', pseudonym: 'YB', legalBasis: 'consent:c2', fields: ['schoolLeaving'] },
    ]);
    expect(audit.size).toBe(0);
  });

  it('the owner reading its own records is not logged as access by others', () => {
    const audit = new AuditCollector({ ...employment, partner: 'schools' }, 'schools');
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving' });
    expect(audit.size).toBe(0);
    expect(audit.drain()).toEqual([]);
  });
});
