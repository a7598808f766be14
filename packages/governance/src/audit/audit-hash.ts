import { createHash } from 'node:crypto';
import { HubError } from '@kassel-hub/kit';

/** The `prevHash` of the first entry of a chain that was never pruned. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level, so that the same content always hashes the same,
 * whatever order the caller built it in or PostgreSQL's jsonb returns it in. Only values that
 * survive a jsonb round trip unchanged are accepted; anything else would break verification later.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw invalid(`number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw invalid(typeof value);
  }
}

const invalid = (what: string) => new HubError('AUDIT_INVALID_ENTRY', `an audit entry cannot hold a ${what}`);

/** The columns an entry's hash covers: everything but `id` (assigned later) and the hashes. */
export interface HashedContent {
  at: Date;
  action: string;
  user: string;
  partner: string;
  roles: string;
  purpose: string | null;
  caseRef: string | null;
  legalBasis: string | null;
  pseudonym: string | null;
  /** The young people one READ entry names (one entry per request and field set), null otherwise. */
  pseudonyms: string[] | null;
  /** Per name in `pseudonyms`, its legal basis; null when `legalBasis` holds for all of them. */
  legalBases: string[] | null;
  fields: string[];
  detail: Record<string, unknown> | null;
}

/**
 * sha256 hex over the previous entry's hash followed by the canonical JSON of this entry's content.
 * `pseudonyms` and `legalBases` are left out when null (not hashed as null): entries written before
 * those columns existed hash exactly as they did then, so a trail stays verifiable across the change.
 */
export function entryHash(prevHash: string, c: HashedContent): string {
  const content = canonicalJson({
    at: c.at.toISOString(),
    action: c.action,
    user: c.user,
    partner: c.partner,
    roles: c.roles,
    purpose: c.purpose,
    caseRef: c.caseRef,
    legalBasis: c.legalBasis,
    pseudonym: c.pseudonym,
    pseudonyms: c.pseudonyms ?? undefined,
    legalBases: c.legalBases ?? undefined,
    fields: c.fields,
    detail: c.detail,
  });
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}
