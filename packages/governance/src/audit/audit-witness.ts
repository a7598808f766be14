import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError } from '@kassel-hub/kit';
import { AuditAction } from './audit-entry.entity';
import type { AuditActor } from './audit-entry.input';
import { appendAudit, inTransaction, type AppendedEntry } from './audit-log';

/*
 * Witnesses: the chain proves that nothing inside it changed, but not that nothing was cut off at
 * its end. Whoever can delete rows (the owner, a superuser) could remove the newest entries and
 * the rest would still verify. So each partner records the other partners' chain heads, as WITNESS
 * entries in its own trail (which only its owner may write), and verification asks each other
 * partner: is the newest head you witnessed of mine still in my chain, and is the newest head I
 * witnessed of yours still in yours? A truncated or rewritten tail no longer contains it.
 *
 * Another partner's trail is reached only through three SECURITY DEFINER functions (migration
 * Migration20261203000000_audit_guard) that answer ids, hashes and times, never who read what.
 */

/**
 * A chain's newest entry other than a WITNESS record, as another partner sees it. Entries after it
 * are covered once the next real entry is witnessed, since its hash covers them.
 */
export interface ChainHead {
  partner: string;
  id: number;
  hash: string;
  at: Date;
}

/** The newest WITNESS entry a trail holds of one other partner's chain. */
export interface WitnessRecord {
  /** The partner whose trail holds the record. */
  holder: string;
  entryId: number;
  at: Date;
  /** The partner whose head was witnessed. */
  partner: string;
  headId: number;
  headHash: string;
  headAt: Date;
}

/** What one partner's trail answers another (see the migration's functions). */
export interface PeerTrail {
  partner: string;
  head(): Promise<ChainHead | null>;
  /** The hashes of the entries `ids` that still exist, the oldest remaining id and the last retention cut-off. */
  lookup(ids: number[]): Promise<{ firstId: number | null; retainedBefore: Date | null; hashes: Map<number, string> }>;
  /** The newest WITNESS record per witnessed partner. */
  witnesses(): Promise<WitnessRecord[]>;
}

/** A partner's trail through its database functions; `em` may be any role granted EXECUTE on them. */
export function databaseTrail(partner: string, em: EntityManager): PeerTrail {
  const call = async <T>(sql: string, params: unknown[] = []) => (await em.execute<{ r: T }[]>(sql, params))[0].r;
  return {
    partner,
    async head() {
      const h = await call<{ id: number; hash: string; at: string } | null>('select audit_head() as r');
      return h ? { partner, id: Number(h.id), hash: h.hash, at: new Date(h.at) } : null;
    },
    async lookup(ids) {
      const r = await call<{ firstId: number | null; retainedBefore: string | null; hashes: Record<string, string> }>('select audit_lookup(?::bigint[]) as r', [
        // An array literal: the driver would spread a JS array into a list of parameters.
        `{${ids.map((id) => String(Math.trunc(id))).join(',')}}`,
      ]);
      return {
        firstId: r.firstId === null ? null : Number(r.firstId),
        retainedBefore: r.retainedBefore ? new Date(r.retainedBefore) : null,
        hashes: new Map(Object.entries(r.hashes).map(([id, hash]) => [Number(id), hash])),
      };
    },
    async witnesses() {
      const rows = await call<{ entryId: number; at: string; partner: string; headId: number; headHash: string; headAt: string }[]>('select audit_witnesses() as r');
      return rows.map((w) => ({ holder: partner, entryId: Number(w.entryId), at: new Date(w.at), partner: w.partner, headId: Number(w.headId), headHash: w.headHash, headAt: new Date(w.headAt) }));
    },
  };
}

export type WitnessStatus = 'intact' | 'pruned' | 'cut off' | 'rewritten';

export interface WitnessFinding {
  witness: WitnessRecord;
  status: WitnessStatus;
  explanation: string;
}

/** `intact` and `pruned` are fine; the others mean the witnessed chain lost or changed entries. */
export const witnessHolds = (f: WitnessFinding) => f.status === 'intact' || f.status === 'pruned';

/**
 * Checks witness records of `trail`'s chain against that chain. Together with an intact chain, the
 * newest witnessed head being present proves every earlier witnessed entry is too (each hash covers
 * its predecessor), so one record per holder suffices.
 */
export async function checkWitnesses(trail: PeerTrail, records: readonly WitnessRecord[]): Promise<WitnessFinding[]> {
  const mine = records.filter((w) => w.partner === trail.partner);
  if (mine.length === 0) return [];
  const { firstId, retainedBefore, hashes } = await trail.lookup(mine.map((w) => w.headId));
  return mine.map((w) => {
    const what = `${w.holder} witnessed ${w.partner}'s entry #${w.headId} (${w.headHash.slice(0, 12)}…, ${w.headAt.toISOString()}) at ${w.at.toISOString()}`;
    const hash = hashes.get(w.headId);
    if (hash === w.headHash) return { witness: w, status: 'intact', explanation: `${what}; it is still in the chain` };
    if (hash !== undefined) return { witness: w, status: 'rewritten', explanation: `${what}; that entry now has another hash: the chain was rewritten from there on` };
    // Gone: legitimately only by retention, which cuts a prefix of entries older than its cut-off.
    if (firstId !== null && w.headId < firstId && retainedBefore !== null && w.headAt < retainedBefore) {
      return { witness: w, status: 'pruned', explanation: `${what}; it has since been deleted by retention (cut-off ${retainedBefore.toISOString()})` };
    }
    return { witness: w, status: 'cut off', explanation: `${what}; that entry is no longer in the chain: the newest entries were removed` };
  });
}

export interface WitnessRun {
  /** Heads recorded as WITNESS entries in the holder's trail. */
  recorded: { head: ChainHead; entry: AppendedEntry }[];
  /** The previous witness of each peer, checked before a new head was recorded. */
  findings: WitnessFinding[];
  /** Peers whose trail is still empty (nothing to witness). */
  empty: string[];
  /** Peers whose head is the one witnessed last time (nothing new to record). */
  unchanged: string[];
}

/**
 * One witness round of `holder`: reads each peer's head and records it in the holder's trail, as
 * the holder's owner (`ownerEm`; the database refuses WITNESS entries from anyone else). Before
 * recording a peer's new head it checks that the head witnessed last time is still in that peer's
 * chain; if not, it records nothing for that peer, so that the newest witness keeps pointing at
 * the lost entry and every later verification keeps reporting it. An unchanged head is not
 * recorded again, so an idle hub's trails do not grow.
 */
export async function witnessPeers(ownerEm: EntityManager, holder: string, peers: readonly PeerTrail[], actor: AuditActor): Promise<WitnessRun> {
  if (peers.some((p) => p.partner === holder)) throw new HubError('AUDIT_INVALID_ENTRY', `${holder} cannot witness its own chain`);
  const own = databaseTrail(holder, ownerEm);
  const previous = await own.witnesses();
  const run: WitnessRun = { recorded: [], findings: [], empty: [], unchanged: [] };
  const heads: ChainHead[] = [];
  for (const peer of peers) {
    const findings = await checkWitnesses(peer, previous);
    run.findings.push(...findings);
    if (!findings.every(witnessHolds)) continue;
    const head = await peer.head();
    const last = previous.find((w) => w.partner === peer.partner);
    if (!head) run.empty.push(peer.partner);
    else if (last?.headId === head.id && last.headHash === head.hash) run.unchanged.push(peer.partner);
    else heads.push(head);
  }
  if (heads.length === 0) return run;
  const entries = await inTransaction(ownerEm, (tx) =>
    appendAudit(
      tx,
      heads.map((h) => ({
        ...actor,
        action: AuditAction.WITNESS,
        legalBasis: 'witness of the partners\' audit trails',
        fields: [],
        detail: { witnessed: h.partner, headId: h.id, headHash: h.hash, headAt: h.at.toISOString() },
      })),
    ),
  );
  run.recorded = heads.map((head, i) => ({ head, entry: entries[i] }));
  return run;
}

/**
 * Cross-checks `own`'s chain with every peer's witnesses, both ways: the newest head each peer
 * witnessed of `own` must still be in `own`'s chain, and the newest head `own` witnessed of each
 * peer must still be in that peer's chain.
 */
export async function crossCheckWitnesses(own: PeerTrail, peers: readonly PeerTrail[]): Promise<WitnessFinding[]> {
  const held = await own.witnesses();
  const findings: WitnessFinding[] = [];
  for (const peer of peers) {
    findings.push(...(await checkWitnesses(own, await peer.witnesses())));
    findings.push(...(await checkWitnesses(peer, held)));
  }
  return findings;
}
