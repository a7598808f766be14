import type { MikroORM } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { claimNonce } from '@kassel-hub/protocol';

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
      return await claimNonce(connection, nonce, signedAt, now);
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }
}
