import { describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { assertMayReadAggregates, mayReadAggregates } from './aggregate-access';

const who = (partner: Identity['partner'], roles: Identity['roles']): Identity => ({ sub: 'u', partner, roles, purpose: null, caseRef: null });

describe('who may read aggregates', () => {
  it('the owning partner and the coordination office\'s analysts may; other partners and coordination caseworkers may not', () => {
    expect(mayReadAggregates(who('schools', ['caseworker']), 'schools')).toBe(true);
    expect(mayReadAggregates(who('coordination', ['analyst']), 'schools')).toBe(true);
    expect(mayReadAggregates(who('coordination', ['caseworker']), 'schools')).toBe(false);
    expect(mayReadAggregates(who('employment', ['analyst']), 'schools')).toBe(false);
  });

  it('a refusal carries the code FORBIDDEN', () => {
    expect(() => assertMayReadAggregates(who('employment', ['caseworker']), 'schools')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});
