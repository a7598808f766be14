import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import type { Identity } from './auth/identity';

/**
 * What every resolver receives, built fresh for each request: a forked entity manager (its own
 * identity map), fresh DataLoaders (no cross-request caching), the request's id for logs, and the
 * caller's verified identity.
 */
export interface SubgraphContext<L> {
  em: EntityManager;
  loaders: L;
  requestId: string;
  logger: Logger;
  /** The caller, as verified by the gateway and carried in the signed request. */
  identity: Identity;
  /** The partner that owns this subgraph's data. */
  owner: string;
}
