import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import type { Identity } from '@kassel-hub/protocol';
import type { ConsentScope } from './release/consent-scope.type';

/**
 * What every resolver receives, built fresh for each request: a forked entity manager (its own
 * identity map), fresh DataLoaders (no cross-request caching), the request's id for logs, and the
 * caller's verified identity. Extensions add their own fields (`SubgraphExtension.requestContext`),
 * which a subgraph's context type names where its resolvers use them.
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
  /** Set by the subgraph holding the consent register: the scope of a pseudonym for this request. */
  consentScopeOf?(pseudonym: string): Promise<ConsentScope>;
}
