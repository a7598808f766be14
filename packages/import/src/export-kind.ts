import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { Column } from './columns';

/** What checks may depend on besides the row: today's date, from one clock per import. */
export interface ImportContext {
  /** ISO date of the import; "not in the future" means not after this day. */
  today: string;
}

/** Reports a problem of a row; `field` names the column it concerns (null: the row as a whole). */
export type Fail<R> = (field: (keyof R & string) | null, code: string, reason: string) => void;

/** A stored record, by entity property name, as the database returned it. */
export type StoredRecord = Record<string, unknown>;

/**
 * Where an export's rows go, and how: the entity, the properties the export maintains, and the
 * partner's natural key (the kind's `key`, which names row fields and entity properties alike).
 * Properties outside `managed` are never touched, so an export that carries less than the
 * record (terminations: two columns of a contract) leaves the rest as it is.
 */
export interface ImportTarget<R, Refs> {
  entity: EntityClass<object>;
  managed: readonly string[];
  /** The stored form of a row: its key and managed properties. */
  record(row: R, refs: Refs): Record<string, unknown>;
  /** The values a new record needs besides `record` (a generated id). Omitted: rows must match a stored record. */
  create?(row: R): Record<string, unknown>;
  /** The error for a row without a stored record, when `create` is omitted. */
  missing?: { field: keyof R & string; code: string; reason: string };
  /**
   * Whether a stored record holds nothing of this export yet (a contract without a termination):
   * filling it in is then counted as inserted, not updated, as the partner would count it.
   */
  absent?(stored: StoredRecord): boolean;
  /** Checks a row against its stored record, before anything is written (e.g. a contract changing hands). */
  checkStored?(stored: StoredRecord, row: R, fail: Fail<R>, ctx: ImportContext): void;
  /**
   * Writes what the rows' records hang on (the KldB code a recognised occupation is classified
   * under), in the import's transaction, right before the rows; never on a dry run.
   */
  beforeWrite?(em: EntityManager, records: readonly Record<string, unknown>[]): Promise<void>;
}

/**
 * One kind of export from a partner's source system: its columns, its checks, and the records it
 * upserts. Partners define these in their subgraph's `import/` folder; `runImport` does the rest,
 * for the CLI and the GraphQL mutation alike.
 */
export interface ExportKind<R extends object, Refs = undefined> {
  /** As `--kind` names it, e.g. `leaving-results`. */
  name: string;
  /** The export's German name in the partner's world, e.g. "Abgangsergebnisse". */
  title: string;
  /** What the export holds and what a later delivery changes: the kind's entry in docs/imports.md. */
  description: string;
  columns: readonly Column<R>[];
  /** Row fields that identify a record in the partner's own terms (e.g. pseudonym and cohort year). */
  key: readonly (keyof R & string)[];
  /** Checks across the cells of one row (a date within the cohort year). */
  checkRow?(row: R, fail: Fail<R>, ctx: ImportContext): void;
  /** Loads, once per file, the reference data the rows are checked against (the owner's registers). */
  loadReferences?(em: EntityManager, rows: readonly R[]): Promise<Refs>;
  checkReferences?(row: R, refs: Refs, fail: Fail<R>, ctx: ImportContext): void;
  target: ImportTarget<R, Refs>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportKind = ExportKind<any, any>;
