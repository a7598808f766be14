export * from './audit-entry.entity';
export { auditActor, type AuditActor, type AuditInput } from './audit-entry.input';
export { GENESIS_HASH, canonicalJson, entryHash, type HashedContent } from './audit-hash';
export { AUDIT_LOCK_KEY, appendAudit, inTransaction, pruneAudit, type AppendedEntry, type PruneResult } from './audit-log';
export * from './audit-verify';
export * from './audit-collector';
export * from './audit-subject';
export * from './audit-plugin';
export { auditMigrations } from './migrations';
