import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, entryHash, type HashedContent } from './audit-hash';
import { normalizeEntry, type AuditInput } from './audit-entry.input';
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
  pseudonyms: null,
  legalBases: null,
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
  it('is sha256 hex over the previous hash followed by the canonical content, with `at` as an ISO string and null arrays left out', () => {
    const expected = createHash('sha256')
      .update(GENESIS_HASH)
      .update(canonicalJson({ ...content, pseudonyms: undefined, legalBases: undefined, at: '2026-11-25T10:00:00.123Z' }))
      .digest('hex');
    expect(entryHash(GENESIS_HASH, content)).toBe(expected);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('of an entry without the several-person columns is what it was before they existed, so old trails still verify', () => {
    // Computed by the hash function as it was before `pseudonyms` and `legalBases` were added.
    expect(entryHash(GENESIS_HASH, content)).toBe('5435c9734074e2812dea50213e8b1a2d9dfe776ccaeb3c15d54e9b2cd2488075');
  });

  it('covers the young people an entry names, their order and each one\'s legal basis', () => {
    const several = { ...content, pseudonym: null, legalBasis: null, pseudonyms: ['YA', 'YB'], legalBases: ['consent:c1', 'consent:c2'] };
    const base = entryHash(GENESIS_HASH, several);
    const variants: Partial<HashedContent>[] = [
      { pseudonyms: ['YA'], legalBases: ['consent:c1'] },
      { pseudonyms: ['YB', 'YA'] },
      { pseudonyms: ['YA', 'YC'] },
      { legalBases: ['consent:c2', 'consent:c1'] },
      { legalBases: null, legalBasis: 'consent:c1' },
    ];
    for (const v of variants) expect(entryHash(GENESIS_HASH, { ...several, ...v })).not.toBe(base);
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
      pseudonyms: null,
      legalBases: null,
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

  it('names several young people once each, with one legal basis for all or exactly one each', () => {
    const entry = { ...actor, action: AuditAction.READ, fields: ['leavingDate'] };
    expect(normalizeEntry({ ...entry, pseudonyms: ['YA', 'YB'], legalBases: ['consent:a,b', '§31a SGB III'] })).toMatchObject({ pseudonyms: ['YA', 'YB'], legalBases: ['consent:a,b', '§31a SGB III'], legalBasis: null });
    expect(normalizeEntry({ ...entry, pseudonyms: ['YA'], legalBasis: 'consent:c1' })).toMatchObject({ pseudonyms: ['YA'], legalBases: null, legalBasis: 'consent:c1' });
    const refused: [Partial<AuditInput>, RegExp][] = [
      [{ pseudonyms: ['YA', 'YA'] }, /each young person once/],
      [{ pseudonyms: [] }, /at least one/],
      [{ pseudonyms: ['YA'], pseudonym: 'YB' }, /not both/],
      [{ pseudonyms: ['YA', 'YB'], legalBases: ['consent:c1'] }, /one legal basis per young person/],
      [{ pseudonyms: ['YA'], legalBases: ['consent:c1'], legalBasis: 'consent:c1' }, /not both/],
      [{ legalBases: ['consent:c1'] }, /need the pseudonyms/],
      [{ pseudonyms: ['YA'], legalBases: [''] }, /must not be empty/],
    ];
    for (const [extra, message] of refused) expect(() => normalizeEntry({ ...entry, ...extra })).toThrow(message);
  });

  it('refuses an entry without an acting user or with an unknown action', () => {
    expect(() => normalizeEntry({ ...actor, user: '', action: AuditAction.READ })).toThrow(/acting user/);
    expect(() => normalizeEntry({ ...actor, action: 'PEEK' as AuditAction })).toThrow(/unknown audit action/);
  });
});
