import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isPurpose, isReadPurpose, MAX_CASE_REF_LENGTH, READ_PURPOSES, type Identity } from '@kassel-hub/protocol';
import { AuthError, cachedTokenVerifier, type JwtSettings } from './jwt';

/** Headers in which a client states why it reads person-level data, and for which case. */
export const PURPOSE_HEADER = 'x-hub-purpose';
export const CASE_HEADER = 'x-hub-case';
/** A case reference as the subgraphs accept it in a forwarded identity (no longer). */
const CASE_REF = new RegExp(`^[\\w\\-./]{1,${MAX_CASE_REF_LENGTH}}$`);

export interface HubContext {
  identity?: Identity;
}

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

export interface AuthOptions {
  jwt: JwtSettings;
  graphqlPath: string;
  /** Paths served without a token: health, readiness, the dev JWKS. */
  publicPaths: string[];
}

/**
 * Every request needs a valid bearer token, except the health endpoints and the static GraphiQL
 * page (a GET for HTML, which holds no data). A refused request ends here with 401: nothing
 * is parsed, planned or sent upstream.
 */
export function useHubAuth(o: AuthOptions): GatewayPlugin<HubContext> {
  const identities = new WeakMap<Request, Identity>();
  const verifyToken = cachedTokenVerifier(o.jwt);
  return {
    async onRequest({ request, url, endResponse }) {
      if (o.publicPaths.includes(url.pathname)) return;
      // A browser's GET for HTML gets the GraphiQL page, which executes nothing (GraphiQL keeps the
      // edited query in ?query=, so a reload must not need a token); its POSTs do.
      const wantsPage = request.method === 'GET' && url.pathname === o.graphqlPath && (request.headers.get('accept') ?? '').includes('text/html');
      if (wantsPage) return;

      const header = request.headers.get('authorization') ?? '';
      const m = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
      if (!m) {
        return endResponse(json(401, 'UNAUTHENTICATED', 'send a token: Authorization: Bearer <JWT>', { 'www-authenticate': 'Bearer' }));
      }
      let base;
      try {
        base = await verifyToken(m[1]);
      } catch (err) {
        const e = err instanceof AuthError ? err : new AuthError('TOKEN_INVALID', 'the token could not be verified');
        return endResponse(json(401, e.code, e.message, { 'www-authenticate': `Bearer error="invalid_token"` }));
      }
      const purpose = request.headers.get(PURPOSE_HEADER);
      if (purpose !== null && !isPurpose(purpose)) {
        return endResponse(json(400, 'INVALID_PURPOSE', `${PURPOSE_HEADER} must be one of the registered purposes`));
      }
      // The header states the purpose of a person-level read, and MONITORING never is one: the
      // panel's reports need no purpose, so a client naming it wants persons under an aggregate-only
      // consent. Refused here so that the mistake is named at once; the owners refuse it as well.
      if (purpose !== null && !isReadPurpose(purpose)) {
        return endResponse(
          json(400, 'PURPOSE_AGGREGATES_ONLY', `${purpose} serves aggregate reports only, which need no ${PURPOSE_HEADER}; a person-level read states one of ${READ_PURPOSES.join(', ')}`),
        );
      }
      const caseRef = request.headers.get(CASE_HEADER);
      if (caseRef !== null && !CASE_REF.test(caseRef)) {
        return endResponse(json(400, 'INVALID_CASE_REFERENCE', `${CASE_HEADER} must be 1–${MAX_CASE_REF_LENGTH} letters, digits or -_./`));
      }
      identities.set(request, { ...base, purpose: purpose as Identity['purpose'], caseRef });
    },
    onContextBuilding({ context, extendContext }) {
      const identity = identities.get(context.request);
      if (identity) extendContext({ identity });
    },
  };
}
