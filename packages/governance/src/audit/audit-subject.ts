import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

/** One entry of the trail as it concerns one young person: who, when, which fields, on what basis. */
export interface SubjectEntry {
  id: number;
  at: Date;
  action: AuditAction;
  user: string;
  partner: string;
  roles: string;
  purpose: string | null;
  caseRef: string | null;
  /** The basis of this person's part of the entry (theirs alone in an entry that names several). */
  legalBasis: string | null;
  fields: string[];
  detail: Record<string, unknown> | null;
}

/**
 * "Who saw or changed the data of pseudonym X": every entry naming X, alone (`pseudonym`, btree
 * index) or among others (`pseudonyms`, GIN index), oldest first, each with X's own legal basis.
 * The other young people an entry names are not part of the answer: it goes to X.
 */
export async function auditEntriesAbout(em: EntityManager, pseudonym: string): Promise<SubjectEntry[]> {
  const entries = await em.fork().find(AuditEntry, { $or: [{ pseudonym }, { pseudonyms: { $contains: [pseudonym] } }] }, { orderBy: { id: 'asc' } });
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    action: e.action,
    user: e.user,
    partner: e.partner,
    roles: e.roles,
    purpose: e.purpose,
    caseRef: e.caseRef,
    legalBasis: e.legalBases ? e.legalBases[e.pseudonyms!.indexOf(pseudonym)] : e.legalBasis,
    fields: e.fields,
    detail: e.detail,
  }));
}
