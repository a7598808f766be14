import { describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { AuditCollector } from './audit-collector';

const employment: Identity = { sub: 'e-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: 'C-7' };
const actor = { user: 'e-1', partner: 'employment', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: 'C-7' };

describe('read collector', () => {
  it('groups a request\'s reads into one entry per field set, naming each young person with their legal basis', () => {
    const audit = new AuditCollector(employment, 'schools');
    audit.read({ pseudonym: 'YB', field: 'schoolLeaving', legalBasis: 'consent:c2' });
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving', legalBasis: 'consent:c1' });
    audit.read({ pseudonym: 'YA', field: 'orientationActivities', legalBasis: 'consent:c1' });
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving', legalBasis: 'consent:c1' });
    audit.read({ pseudonym: 'YC', field: 'schoolLeaving', legalBasis: 'consent:c3' });
    expect(audit.drain()).toEqual([
      { ...actor, action: 'READ', pseudonyms: ['YA'], legalBasis: 'consent:c1', fields: ['orientationActivities', 'schoolLeaving'] },
      { ...actor, action: 'READ', pseudonyms: ['YB', 'YC'], legalBases: ['consent:c2', 'consent:c3'], fields: ['schoolLeaving'] },
    ]);
    expect(audit.size).toBe(0);
  });

  it('one legal basis for everyone named is stored once; a person read on two bases is named in two entries', () => {
    const audit = new AuditCollector(employment, 'schools');
    for (const p of ['YB', 'YA']) audit.read({ pseudonym: p, field: 'leavingDate', legalBasis: '§31a SGB III' });
    audit.read({ pseudonym: 'YA', field: 'leavingDate', legalBasis: 'consent:c1' });
    expect(audit.drain()).toEqual([
      { ...actor, action: 'READ', pseudonyms: ['YA', 'YB'], legalBasis: '§31a SGB III', fields: ['leavingDate'] },
      { ...actor, action: 'READ', pseudonyms: ['YA'], legalBasis: 'consent:c1', fields: ['leavingDate'] },
    ]);
  });

  it('the owner reading its own records is not logged as access by others', () => {
    const audit = new AuditCollector({ ...employment, partner: 'schools' }, 'schools');
    audit.read({ pseudonym: 'YA', field: 'schoolLeaving' });
    expect(audit.size).toBe(0);
    expect(audit.drain()).toEqual([]);
  });
});
