import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A signed request's nonce, claimed by the first instance of the subgraph that accepts it. Kept in
 * the partner's database, which every replica of the subgraph shares, so a captured request is
 * refused by all of them, not only by the process that saw it first. Written and expired by
 * `NonceStore` in one statement; the entity exists so that MikroORM knows the table and a
 * subgraph's generated migration leaves it alone.
 */
@Entity({ tableName: 'request_nonce' })
export class RequestNonce {
  /** 128 random bits as 32 hex digits, as signed (`x-hub-nonce`). */
  @PrimaryKey({ type: 'text' })
  nonce!: string;

  /** After this the signed timestamp is outside the window anyway, so the row may go. */
  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
