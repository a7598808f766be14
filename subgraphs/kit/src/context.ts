import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger';

/**
 * What every resolver receives, built fresh for each request: a forked entity manager (its own
 * identity map), fresh DataLoaders (no cross-request caching), and the request's id for logs.
 */
export interface SubgraphContext<L> {
  em: EntityManager;
  loaders: L;
  requestId: string;
  logger: Logger;
}
