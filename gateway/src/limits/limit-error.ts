import { GraphQLError } from 'graphql';

/** Every refusal code of the gateway's limits: one per limit, stable for clients to branch on. */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'DOCUMENT_TOO_LARGE'
  | 'QUERY_TOO_COSTLY'
  | 'RATE_LIMITED'
  | 'BATCHING_NOT_ALLOWED'
  | 'PERSISTED_QUERY_ONLY'
  | 'UNKNOWN_DOCUMENT'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_UTF8'
  | 'BAD_REQUEST';

/**
 * A request refused by a limit before anything ran upstream. `extensions.http` is read by the
 * runtime to set the HTTP status and headers and is dropped from the JSON it sends; `spec: false`
 * keeps the status even when the client accepts only `application/json` (where the runtime would
 * otherwise answer validation errors with 200).
 */
export class LimitError extends GraphQLError {
  constructor(code: LimitCode, message: string, status = 400, headers?: Record<string, string>) {
    super(message, { extensions: { code, http: { status, spec: false, ...(headers ? { headers } : {}) } } });
  }
}

/** The same refusal as a ready HTTP response, for hooks that answer before GraphQL parsing. */
export function limitResponse(error: LimitError): Response {
  const { http, ...extensions } = error.extensions as { http: { status: number; headers?: Record<string, string> } };
  return new Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status: http.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...http.headers },
  });
}
