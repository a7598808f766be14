import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, entryHash, type HashedContent } from './audit-hash';
import { normalizeEntry } from './audit-entry.input';
import { AuditAction } from './audit-entry.entity';

const content: HashedContent = {
  at: new Date('2026-11-25T10:00:00.123Z'),
  action: 'READ',
  user: 'employment-caseworker-1',
  partner: 'employment',
  roles: 'caseworker',
  purpose: 'TRANSITION_SUPPORT',
  caseRef: null,
  legalBasis: 'consent:c1',
  pseudonym: 'YQ0S8Z1G3RPRR',
  fields: ['schoolLeaving', 'orientationActivities'],
  detail: null,
};

describe('canonical JSON of audit entries', () => {
  it('the same content built in another key order hashes the same (jsonb does not keep key order)', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('keeps array order, since the order of fields read is content', () => {
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
  });

  it('drops undefined members and writes dates as ISO strings, as they come back from jsonb', () => {
    expect(canonicalJson({ a: undefined, at: new Date('2026-01-02T03:04:05.006Z') })).toBe('{"at":"2026-01-02T03:04:05.006Z"}');
  });

  it('refuses values that jsonb cannot hold unchanged, rather than writing an entry that never verifies', () => {
    for (const bad of [NaN, Infinity, () => 1, Symbol('x'), 10n]) {
      expect(() => canonicalJson({ x: bad })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'AUDIT_INVALID_ENTRY' }) }));
    }
  });
});

describe('entry hash', () => {
  it('is sha256 hex over the previous hash followed by the canonical content, with `at` as an ISO string', () => {
    const expected = createHash('sha256')
      .update(GENESIS_HASH)
      .update(canonicalJson({ ...content, at: '2026-11-25T10:00:00.123Z' }))
      .digest('hex');
    expect(entryHash(GENESIS_HASH, content)).toBe(expected);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('changes when any recorded detail changes: who, which person, which fields, when, or the predecessor', () => {
    const base = entryHash(GENESIS_HASH, content);
    const variants: Partial<HashedContent>[] = [
      { user: 'someone-else' },
      { partner: 'chambers' },
      { pseudonym: 'Y000000000000' },
      { fields: ['schoolLeaving'] },
      { at: new Date('2026-11-25T10:00:00.124Z') },
      { purpose: null },
      { legalBasis: 'consent:c2' },
      { detail: { note: 'x' } },
    ];
    for (const v of variants) expect(entryHash(GENESIS_HASH, { ...content, ...v })).not.toBe(base);
    expect(entryHash('f'.repeat(64), content)).not.toBe(base);
  });
});

describe('entry normalization', () => {
  const actor = { user: 'u1', partner: 'schools', roles: ['caseworker', 'admin'] };

  it('stores roles as one comma-separated text and fills absent columns with null', () => {
    expect(normalizeEntry({ ...actor, action: AuditAction.CHANGE, fields: ['qualification'] })).toEqual({
      action: 'CHANGE',
      user: 'u1',
      partner: 'schools',
      roles: 'caseworker,admin',
      purpose: null,
      caseRef: null,
      legalBasis: null,
      pseudonym: null,
      fields: ['qualification'],
      detail: null,
    });
  });

  it('refuses field names that a text[] literal would not store as written (e.g. NULL)', () => {
    for (const f of ['NULL', 'a b', 'x"y', '', 'a{b}']) {
      expect(() => normalizeEntry({ ...actor, action: AuditAction.READ, fields: [f] })).toThrow(/not a field name/);
    }
    expect(normalizeEntry({ ...actor, action: AuditAction.READ, fields: ['address.street'] }).fields).toEqual(['address.street']);
  });

  it('refuses an entry without an acting user or with an unknown action', () => {
    expect(() => normalizeEntry({ ...actor, user: '', action: AuditAction.READ })).toThrow(/acting user/);
    expect(() => normalizeEntry({ ...actor, action: 'PEEK' as AuditAction })).toThrow(/unknown audit action/);
  });
});
