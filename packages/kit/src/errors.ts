import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

/**
 * Every error a client may see is a `HubError` with a stable `extensions.code`. Anything else is
 * an internal fault: it is logged with the request id and reaches the client without details.
 */
export class HubError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An argument the client sent is malformed or out of range. */
export class InvalidArgumentError extends HubError {
  constructor(code: string, message: string, argument: string) {
    super(code, message, { argument });
  }
}

export class NotFoundError extends HubError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `${what} ${key} was not found`);
  }
}

/** The caller is known but has no right to this field (partner or role does not allow it). */
export class ForbiddenError extends HubError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/**
 * True when an error came from the client: a `HubError`, or a GraphQL parse/validation/coercion
 * error (a `GraphQLError` that wraps no thrown exception).
 */
export function isClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  return original === undefined || original === null || original instanceof GraphQLError;
}

/** Apollo Server `formatError`: passes client errors without stack traces, masks internal ones. */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(error)) {
    const { stacktrace: _drop, exception: _exc, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs internal faults with their request id; client errors are not the server's to log. */
export function logInternalErrors(logger: Logger, requestId: string, errors: readonly unknown[]) {
  for (const e of errors) {
    if (isClientError(e)) continue;
    const original = e instanceof GraphQLError ? e.originalError : e;
    logger.error('internal error', {
      requestId,
      message: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
  }
}
