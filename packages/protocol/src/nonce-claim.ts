import { MAX_SKEW_MS } from './signature';

/**
 * How long a claimed nonce is kept after its signed timestamp. The timestamp is accepted until
 * MAX_SKEW_MS after it; the second window covers replicas whose clocks differ by up to as much,
 * so that no replica deletes a nonce that another one would still accept.
 */
export const NONCE_RETENTION_MS = 2 * MAX_SKEW_MS;

/**
 * One statement, so one round trip: expire up to 100 old rows and claim the nonce. SKIP LOCKED
 * keeps concurrent claims from queueing behind each other's deletes; the limit keeps a claim
 * cheap after a quiet spell. A nonce already there (a replay, on any replica) inserts nothing.
 * Parameters: $1 the nonce, $2 now, $3 when the row may go.
 */
export const CLAIM_NONCE_STATEMENT = {
  // Prepared once per pooled connection: later claims send only bind and execute.
  name: 'hub_claim_request_nonce',
  text: `with expired as (
    delete from request_nonce where nonce in (select nonce from request_nonce where expires_at < $2 limit 100 for update skip locked)
  )
  insert into request_nonce (nonce, expires_at) values ($1, $3) on conflict do nothing`,
} as const;

/** What the claim needs of a database connection: pg's `query` with a named statement. */
export interface QueryExecutor {
  query(statement: { name: string; text: string; values: unknown[] }): Promise<{ rowCount: number | null }>;
}

/**
 * Claims a signed request's nonce on `db`: true when it is new (and now claimed), false for a
 * replay. Throws when the database cannot answer; the caller must then refuse the request.
 */
export async function claimNonce(db: QueryExecutor, nonce: string, signedAt: number, now = Date.now()): Promise<boolean> {
  const result = await db.query({ ...CLAIM_NONCE_STATEMENT, values: [nonce, new Date(now), new Date(signedAt + NONCE_RETENTION_MS)] });
  return result.rowCount === 1;
}
