import { GraphQLError } from 'graphql';

/** The message every unexpected gateway fault is reduced to; details go to the log only. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** A partner's subgraph could not be reached (refused, timed out, or answered garbage). */
export class PartnerUnavailableError extends GraphQLError {
  constructor(partner: string | undefined, reason: 'unreachable' | 'invalid-response', path?: ReadonlyArray<string | number>) {
    const who = partner ? `the ${partner} partner` : 'a partner';
    super(reason === 'unreachable' ? `${who} is not reachable` : `${who} sent an invalid response`, {
      path,
      extensions: { code: 'PARTNER_UNAVAILABLE' },
    });
  }
}

/**
 * An unexpected fault in the gateway. `unexpected` is read (and removed from the response) by the
 * runtime: with no data at all the answer is a 500; with partial data it stays 200.
 */
export class InternalServerError extends GraphQLError {
  constructor(path?: ReadonlyArray<string | number>) {
    super(INTERNAL_ERROR_MESSAGE, { path, extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } });
  }
}
