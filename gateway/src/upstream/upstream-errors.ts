import { GraphQLError } from 'graphql';
import type { UpstreamFailure } from './post-json';

/*
 * The codes the runtime's HTTP executor gives a failed subgraph call, kept so that `maskHubError`
 * names the partner as before (unreachable / invalid response). Each error wraps what went wrong as
 * `originalError`: it is the gateway's finding, not an error the partner returned, so the masking
 * never passes its message (which names the URL or the connection error) to the client.
 */
const FAILURE_CODE = { connection: 'SUBREQUEST_HTTP_ERROR', timeout: 'TIMEOUT_ERROR', aborted: 'SUBREQUEST_HTTP_ERROR' } as const;

export function failedCall(f: UpstreamFailure): GraphQLError {
  return new GraphQLError(f.message, { originalError: f, extensions: { code: FAILURE_CODE[f.kind], ...(f.kind === 'timeout' ? { http: { status: 504 } } : {}) } });
}

/** An answer that is not a GraphQL result (not JSON, or neither data nor errors). */
export function invalidAnswer(status: number, why: string): GraphQLError {
  const message = `invalid answer (HTTP ${status}): ${why}`;
  return new GraphQLError(message, { originalError: new Error(message), extensions: { code: 'RESPONSE_VALIDATION_FAILED' } });
}

/** No request leaves unsigned (no identity or no secret for this subgraph); the subgraph would refuse it anyway. */
export function unsignable(subgraph: string): GraphQLError {
  const message = `upstream request to ${subgraph} could not be signed`;
  return new GraphQLError(message, { originalError: new Error(message), extensions: { code: 'UPSTREAM_NOT_SIGNED' } });
}
