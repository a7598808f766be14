import type { MikroORM } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
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
 */
const CLAIM = {
  // Prepared once per pooled connection: later claims send only bind and execute.
  name: 'hub_claim_request_nonce',
  text: `with expired as (
    delete from request_nonce where nonce in (select nonce from request_nonce where expires_at < $2 limit 100 for update skip locked)
  )
  insert into request_nonce (nonce, expires_at) values ($1, $3) on conflict do nothing`,
};

/** The part of knex's client that lends out the pool's pg connections. */
interface ConnectionPool {
  acquireConnection(): Promise<ClientBase>;
  releaseConnection(connection: ClientBase): Promise<unknown>;
}

/**
 * The nonces of accepted signed requests, in the partner's own database. Every replica of a
 * subgraph shares it, so a captured request is accepted once in all of them together. Borrows a
 * connection from the subgraph's own pool and talks to it directly, because knex cannot name a
 * prepared statement; the claim commits on its own, before the request it admits runs.
 */
export class NonceStore {
  constructor(private readonly pool: ConnectionPool) {}

  static of(orm: MikroORM): NonceStore {
    return new NonceStore(orm.em.getConnection().getKnex().client as ConnectionPool);
  }

  /**
   * True when the nonce is new (and now claimed); false for a replay. Throws when the database
   * cannot answer: the caller must then refuse the request, never accept it unclaimed.
   */
  async claim(nonce: string, signedAt: number, now = Date.now()): Promise<boolean> {
    const connection = await this.pool.acquireConnection();
    try {
      const result = await connection.query({ ...CLAIM, values: [nonce, new Date(now), new Date(signedAt + NONCE_RETENTION_MS)] });
      return result.rowCount === 1;
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }
}
