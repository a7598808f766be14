import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { LimitError } from '../limits/limit-error';

/** What the runtime reads from an error to set the HTTP status; it never reaches the client. */
const RUNTIME_KEYS = ['http', 'unexpected'];

/** graphql-js's message when introspection is refused (NoSchemaIntrospectionCustomRule). */
const INTROSPECTION_REFUSED = /^GraphQL introspection has been disabled, but the requested query contained the field "(\w+)"/;

/** graphql-js's "Did you mean …?" hints, which spell out the schema to whoever mistypes a field. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export interface SanitizeOptions {
  production: boolean;
}

/** Extension keys a client may see: the code, the argument at fault, the data category refused, and the hub's own `hub*`. */
export const isPublicExtension = (key: string) => key === 'code' || key === 'argument' || key === 'category' || key.startsWith('hub');

/**
 * The one shape an error leaves the gateway in: message, path, locations, and whitelisted
 * extensions. A subgraph's `serviceName`, upstream request and response, stack traces and
 * exception details are all dropped. Errors a subgraph returned (they carry `serviceName`) also
 * lose `http`, so a partner cannot set the status of the whole answer.
 */
export function sanitizeError(error: GraphQLError | GraphQLFormattedError, o: SanitizeOptions): GraphQLError | GraphQLFormattedError {
  const source = (error.extensions ?? {}) as Record<string, unknown>;
  const fromSubgraph = 'serviceName' in source;
  const extensions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (isPublicExtension(key) || (!fromSubgraph && RUNTIME_KEYS.includes(key))) extensions[key] = value;
  }
  // The runtime marks every parse error `spec: true` (so 200 for `application/json` clients), the
  // token limit's too; a refusal by a limit keeps its status whatever the client accepts.
  if (error instanceof LimitError) extensions.http = { ...(source.http as object), spec: false };
  let message = error.message;
  const introspection = INTROSPECTION_REFUSED.exec(message);
  if (introspection) {
    message = `introspection is disabled (the query asks for "${introspection[1]}"): the schema is published to administrators only`;
    extensions.code = 'INTROSPECTION_DISABLED';
    extensions.http = { status: 403, spec: false };
  } else if (o.production) {
    message = message.replace(SUGGESTION, '');
  }
  if (!(error instanceof GraphQLError)) {
    return { message, ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}), extensions };
  }
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}
