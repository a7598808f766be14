import type { Identity } from '@kassel-hub/protocol';
import { AuditAction } from './audit-entry.entity';
import { auditActor, type AuditInput } from './audit-entry.input';

/** A person-level field released to someone other than its owner. */
export interface AuditedRead {
  pseudonym: string;
  field: string;
  /** Why it was released, e.g. `consent:<id>`. */
  legalBasis?: string | null;
}

/**
 * Collects the person-level reads of one request, for the audit plugin to write before the
 * response leaves (see audit-plugin.ts). Resolvers and middleware call `read` for every field they
 * release; the owner's own reads are not the subject of this log and are ignored here, so callers
 * need not decide.
 */
export class AuditCollector {
  private readonly reads = new Map<string, { pseudonym: string; legalBasis: string | null; fields: Set<string> }>();

  constructor(
    private readonly identity: Identity,
    private readonly owner: string,
  ) {}

  read(r: AuditedRead): void {
    if (this.identity.partner === this.owner) return;
    const legalBasis = r.legalBasis ?? null;
    // One entry per young person; fields released on different legal bases stay apart.
    const key = `${r.pseudonym}\u0000${legalBasis ?? ''}`;
    let group = this.reads.get(key);
    if (!group) {
      group = { pseudonym: r.pseudonym, legalBasis, fields: new Set() };
      this.reads.set(key, group);
    }
    group.fields.add(r.field);
  }

  get size(): number {
    return this.reads.size;
  }

  /** The collected reads as audit entries, and forgets them (each is written once). */
  drain(): AuditInput[] {
    const actor = auditActor(this.identity);
    const entries = [...this.reads.values()].map((g) => ({
      ...actor,
      action: AuditAction.READ,
      pseudonym: g.pseudonym,
      legalBasis: g.legalBasis,
      fields: [...g.fields].sort(),
    }));
    this.reads.clear();
    return entries;
  }
}
