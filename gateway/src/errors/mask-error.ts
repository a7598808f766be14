import { GraphQLError } from 'graphql';
import { InternalServerError, PartnerUnavailableError } from './hub-errors';

/**
 * Codes the HTTP executor gives a failed call to a subgraph (connection refused or reset,
 * timeout, a response that is not GraphQL). The runtime adds the subgraph's name as `serviceName`.
 */
const UNREACHABLE = new Set(['SUBREQUEST_HTTP_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);
const INVALID_RESPONSE = new Set(['RESPONSE_VALIDATION_FAILED']);

/** A GraphQLError that wraps no thrown exception: a client error, or an error a subgraph returned. */
export function isOriginalGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null || isOriginalGraphQLError(error.originalError);
}

/**
 * The runtime's `maskedErrors.maskError`. An unreachable partner becomes PARTNER_UNAVAILABLE, named,
 * without its URL, the request it was sent or the connection error. Any other fault that is not
 * a GraphQL error becomes 'Internal server error'. The runtime logs the original whenever the
 * error is replaced. Errors returned as is are still trimmed later by `useErrorFormatting`.
 */
export function maskHubError(error: unknown): Error {
  if (error instanceof GraphQLError) {
    const { code, serviceName } = error.extensions as { code?: unknown; serviceName?: unknown };
    const partner = typeof serviceName === 'string' ? serviceName : undefined;
    if (typeof code === 'string' && UNREACHABLE.has(code)) return new PartnerUnavailableError(partner, 'unreachable', error.path);
    if (typeof code === 'string' && INVALID_RESPONSE.has(code)) return new PartnerUnavailableError(partner, 'invalid-response', error.path);
  }
  if (isOriginalGraphQLError(error)) return error;
  return new InternalServerError(error instanceof GraphQLError ? error.path : undefined);
}
