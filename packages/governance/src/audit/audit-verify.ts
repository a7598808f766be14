import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditEntry, OWNER_ACTIONS } from './audit-entry.entity';
import { GENESIS_HASH, entryHash } from './audit-hash';

export type ChainVerification =
  | {
      ok: true;
      count: number;
      /** Oldest remaining entry (null for an empty trail) and the anchor it follows. */
      firstId: number | null;
      anchorHash: string;
      /** Hash of the newest entry; the other partners' witnesses of it prove that no newest entries were cut off. */
      headHash: string;
    }
  | {
      ok: false;
      firstBrokenId: number;
      reason: BreakReason;
      explanation: string;
    };

export type BreakReason = 'hash mismatch' | 'prevHash mismatch' | 'not written by the owner' | 'time out of order';

/** The role that owns the trail: the only one that may write RETENTION and WITNESS entries. */
export async function trailOwner(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ owner: string }[]>(`select pg_get_userbyid(relowner) as owner from pg_class where oid = 'public.audit_entry'::regclass`);
  return row.owner;
}

/**
 * Walks the whole trail in id order, a page at a time, and recomputes every hash. The first entry
 * must follow the anchor recorded by the newest RETENTION entry (the genesis hash if there is
 * none, see pruneAudit); every other entry must follow its predecessor, no earlier than it. A
 * RETENTION or WITNESS entry must have been written by the trail's owner: the database refuses
 * them from anyone else, so one that is not the owner's got in around that guard.
 */
export async function verifyAuditChain(em: EntityManager, opts: { pageSize?: number } = {}): Promise<ChainVerification> {
  const pageSize = opts.pageSize ?? 500;
  // Own identity map, cleared per page, so memory stays flat however long the trail is; inside a
  // transaction (pruning) it reads what that transaction sees.
  const reader = em.fork({ keepTransactionContext: true });
  const owner = await trailOwner(reader);
  const retention = await reader.findOne(AuditEntry, { action: AuditAction.RETENTION }, { orderBy: { id: 'desc' } });
  const anchor = typeof retention?.detail?.anchorHash === 'string' ? retention.detail.anchorHash : GENESIS_HASH;
  let expectedPrev: string | null = null;
  let previousId: number | null = null;
  let firstId: number | null = null;
  let count = 0;
  let previousAt = -Infinity;
  for (;;) {
    const page: AuditEntry[] = await reader.find(AuditEntry, { id: { $gt: previousId ?? 0 } }, { orderBy: { id: 'asc' }, limit: pageSize });
    reader.clear();
    for (const e of page) {
      if (firstId === null) {
        firstId = e.id;
        if (e.prevHash !== anchor) {
          return broken(e.id, 'prevHash mismatch', `the oldest entry ${e.id} does not follow the recorded start of the trail: older entries were removed without a RETENTION record, or that record was removed`);
        }
      } else if (e.prevHash !== expectedPrev) {
        return broken(e.id, 'prevHash mismatch', `entry ${e.id} does not follow entry ${previousId}: an entry between them was removed, or one of them was altered`);
      }
      if (entryHash(e.prevHash, e) !== e.hash) {
        return broken(e.id, 'hash mismatch', `the content of entry ${e.id} was changed after it was written`);
      }
      // Null: written before the database recorded writers (the guard migration).
      if (OWNER_ACTIONS.has(e.action) && e.writtenBy != null && e.writtenBy !== owner) {
        return broken(e.id, 'not written by the owner', `entry ${e.id} is a ${e.action} record written by ${e.writtenBy}, not by the trail's owner ${owner}`);
      }
      if (e.at.getTime() < previousAt) {
        return broken(e.id, 'time out of order', `entry ${e.id} is dated before entry ${previousId}: it was not appended at the database's time`);
      }
      previousAt = e.at.getTime();
      expectedPrev = e.hash;
      previousId = e.id;
      count += 1;
    }
    if (page.length < pageSize) break;
  }
  return { ok: true, count, firstId, anchorHash: anchor, headHash: expectedPrev ?? anchor };
}

const broken = (firstBrokenId: number, reason: BreakReason, explanation: string): ChainVerification => ({
  ok: false,
  firstBrokenId,
  reason,
  explanation,
});
