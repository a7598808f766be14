import type { Identity } from '@kassel-hub/protocol';
import { HubError } from '@kassel-hub/kit';
import { AuditAction } from './audit-entry.entity';
import { canonicalJson, type HashedContent } from './audit-hash';

/** Who acted: the identity's `sub`, partner and roles, with the purpose and case of the request. */
export interface AuditActor {
  user: string;
  partner: string;
  roles: readonly string[];
  purpose?: string | null;
  caseRef?: string | null;
}

/** One entry to append; `at`, the hashes and the id are the audit log's to set. */
export interface AuditInput extends AuditActor {
  action: AuditAction;
  legalBasis?: string | null;
  pseudonym?: string | null;
  /** Several young people in one entry (a request's reads of one field set); not with `pseudonym`. */
  pseudonyms?: readonly string[] | null;
  /** With `pseudonyms`: each one's legal basis, in the same order; `legalBasis` must then be absent. */
  legalBases?: readonly string[] | null;
  fields?: readonly string[];
  detail?: Record<string, unknown> | null;
}

/** The actor part of an entry for the caller of the current request. */
export const auditActor = (identity: Identity): AuditActor => ({
  user: identity.sub,
  partner: identity.partner,
  roles: identity.roles,
  purpose: identity.purpose,
  caseRef: identity.caseRef,
});

// GraphQL names, optionally dotted (`address.street`). Also keeps every name safe in a text[]
// literal: an unquoted NULL there would come back as SQL null and fail verification.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const ACTIONS = new Set<string>(Object.values(AuditAction));

/** An entry as it is hashed and stored, before the log gives it its time and place in the chain. */
export type NormalizedEntry = Omit<HashedContent, 'at' | 'action'> & { action: AuditAction };

const bad = (message: string) => new HubError('AUDIT_INVALID_ENTRY', message);

/**
 * Checks an entry and brings it into the exact form it will have when read back from PostgreSQL,
 * so that its hash verifies later. Runs before any SQL: a malformed entry writes nothing.
 */
export function normalizeEntry(e: AuditInput): NormalizedEntry {
  if (!ACTIONS.has(e.action)) throw bad(`unknown audit action ${String(e.action)}`);
  if (!e.user || e.user.length > 200) throw bad('an audit entry needs the acting user (1–200 characters)');
  if (!e.partner) throw bad('an audit entry needs the acting partner');
  if (e.roles.some((r) => !r || r.includes(','))) throw bad('roles must be non-empty and contain no comma');
  const fields = [...(e.fields ?? [])];
  for (const f of fields) if (!FIELD_NAME.test(f) || f.toLowerCase() === 'null') throw bad(`"${f.slice(0, 60)}" is not a field name`);
  const { pseudonyms, legalBases } = subjectsOf(e);
  return {
    action: e.action,
    user: e.user,
    partner: e.partner,
    roles: e.roles.join(','),
    purpose: e.purpose ?? null,
    caseRef: e.caseRef ?? null,
    legalBasis: e.legalBasis ?? null,
    pseudonym: e.pseudonym ?? null,
    pseudonyms,
    legalBases,
    fields,
    // jsonb drops undefined members and turns dates into strings; hash what will be stored.
    detail: e.detail == null ? null : (JSON.parse(canonicalJson(e.detail)) as Record<string, unknown>),
  };
}

/**
 * The names of a several-person entry and their legal bases, checked so that the pair of arrays
 * answers "on what basis was X read" for exactly one basis per name.
 */
function subjectsOf(e: AuditInput): { pseudonyms: string[] | null; legalBases: string[] | null } {
  if (e.pseudonyms == null) {
    if (e.legalBases != null) throw bad('legal bases per young person need the pseudonyms they belong to');
    return { pseudonyms: null, legalBases: null };
  }
  const pseudonyms = [...e.pseudonyms];
  if (e.pseudonym != null) throw bad('an audit entry names one young person in pseudonym or several in pseudonyms, not both');
  if (pseudonyms.length === 0) throw bad('an entry about several young people names at least one');
  if (pseudonyms.some((p) => !p || p.toLowerCase() === 'null')) throw bad('a pseudonym in an audit entry must not be empty');
  if (new Set(pseudonyms).size !== pseudonyms.length) throw bad('an audit entry names each young person once');
  if (e.legalBases == null) return { pseudonyms, legalBases: null };
  const legalBases = [...e.legalBases];
  if (e.legalBasis != null) throw bad('an audit entry has one legal basis for all, or one per young person, not both');
  if (legalBases.length !== pseudonyms.length) throw bad('an audit entry needs exactly one legal basis per young person');
  if (legalBases.some((b) => !b)) throw bad('a legal basis in an audit entry must not be empty');
  return { pseudonyms, legalBases };
}
