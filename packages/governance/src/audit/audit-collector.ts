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
    // The fields each young person was read on each legal basis; drain() groups these by field set.
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

  /**
   * The collected reads as audit entries, and forgets them (each is written once): one entry per
   * set of fields read, naming every young person whose fields those were with each one's legal
   * basis. A fan-out over 50 people is one or a few entries, not 50, and still answers for each
   * person who read which fields on what basis (auditEntriesAbout).
   */
  drain(): AuditInput[] {
    const actor = auditActor(this.identity);
    // Per field set, the entries being filled: a person read under two bases with the same fields
    // goes into a second entry, so that each entry names a person once, with one basis.
    const byFields = new Map<string, Map<string, string | null>[]>();
    for (const g of this.reads.values()) {
      const fields = [...g.fields].sort();
      // Reads without a legal basis never share an entry with reads that have one.
      const key = `${g.legalBasis === null ? '0' : '1'}${fields.join(',')}`;
      let entries = byFields.get(key);
      if (!entries) byFields.set(key, (entries = []));
      let entry = entries.find((e) => !e.has(g.pseudonym));
      if (!entry) entries.push((entry = new Map()));
      entry.set(g.pseudonym, g.legalBasis);
    }
    const out: AuditInput[] = [];
    for (const key of [...byFields.keys()].sort()) {
      const fields = key.slice(1) ? key.slice(1).split(',') : [];
      for (const entry of byFields.get(key)!) {
        const pseudonyms = [...entry.keys()].sort();
        const bases = pseudonyms.map((p) => entry.get(p) ?? null);
        const one = bases.every((b) => b === bases[0]);
        out.push({
          ...actor,
          action: AuditAction.READ,
          pseudonyms,
          // Bases differ only among reads that all have one (the key keeps the others apart).
          ...(one ? { legalBasis: bases[0] } : { legalBases: bases as string[] }),
          fields,
        });
      }
    }
    this.reads.clear();
    return out;
  }
}
