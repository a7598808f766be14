import { ArrayType, BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * What an audit entry records. RETENTION is the record of a pruning run, WITNESS another partner's
 * chain head as this partner saw it (audit-witness.ts); only the trail's owner may write those two.
 */
export enum AuditAction {
  READ = 'READ',
  CHANGE = 'CHANGE',
  IMPORT = 'IMPORT',
  RETENTION = 'RETENTION',
  WITNESS = 'WITNESS',
}

/** The actions only the owner of the trail may write (the database refuses them from anyone else). */
export const OWNER_ACTIONS: ReadonlySet<AuditAction> = new Set([AuditAction.RETENTION, AuditAction.WITNESS]);

/**
 * One row of a partner's own audit trail (the owner's evidence of who saw or changed what).
 * Rows are hash-chained in id order: `hash` covers `prevHash` and every content column, so a
 * changed, inserted or removed row breaks the chain (see audit-log.ts). Never updated.
 */
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  // bigint: a year of reads across a city can exceed 2^31 rows; 'number' is exact up to 2^53.
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** Database clock, taken under the chain lock, so `at` never decreases along the chain. */
  @Index()
  @Property({ type: 'datetime' })
  at!: Date;

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  /** The identity's `sub`. */
  @Property({ type: 'text' })
  user!: string;

  @Property({ type: 'text' })
  partner!: string;

  /** Comma-separated, as the identity listed them. */
  @Property({ type: 'text' })
  roles!: string;

  @Property({ type: 'text', nullable: true })
  purpose!: string | null;

  @Property({ type: 'text', nullable: true })
  caseRef!: string | null;

  /** A consent id (`consent:<id>`) or a statute, filled by the caller. */
  @Property({ type: 'text', nullable: true })
  legalBasis!: string | null;

  @Index()
  @Property({ type: 'text', nullable: true })
  pseudonym!: string | null;

  /**
   * The young people a READ entry names: one entry per request and field set, not one per person
   * (the subject's "who saw my data" finds it through this GIN index, see auditEntriesAbout).
   * Null on entries about one person or none, and on every entry written before the column existed.
   */
  @Index({ name: 'audit_entry_pseudonyms_index', type: 'gin' })
  @Property({ type: ArrayType, nullable: true })
  pseudonyms!: string[] | null;

  /** Per name in `pseudonyms`, in the same order, its legal basis; null when `legalBasis` holds for all. */
  @Property({ type: ArrayType, nullable: true })
  legalBases!: string[] | null;

  /** Field names read or changed. */
  @Property({ type: ArrayType })
  fields!: string[];

  @Property({ type: 'json', nullable: true })
  detail!: Record<string, unknown> | null;

  @Property({ type: 'text' })
  prevHash!: string;

  @Property({ type: 'text', unique: true })
  hash!: string;

  /**
   * The database role that inserted the row, stamped by the owner's trigger (whatever the writer
   * sent); null for rows from before that trigger existed. Not hashed: only the owner or a
   * superuser can change a row, and they are checked by the witnesses, not by the chain.
   */
  @Property({ type: 'text', nullable: true })
  writtenBy?: string | null;
}
