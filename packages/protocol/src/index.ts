/**
 * @kassel-hub/protocol: what the gateway and every partner subgraph agree on, with no dependency
 * beyond node's built-ins, so that the gateway needs none of the subgraphs' plumbing.
 */
export * from './identity';
export { CATEGORY_DIRECTORY, MONITORING_READERS, PARTNER_NAMES } from './partner-directory.generated';
export * from './scopes';
export * from './signature';
export * from './nonce-claim';
export * from './node-env';
export * from './secret-files';
