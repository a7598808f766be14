import { decodeJwt } from 'jose';

/** Who sent a request, as far as the limits need to know: the rate-limit key and the roles. */
export interface Caller {
  sub: string;
  partner: string;
  roles: string[];
}

const callers = new WeakMap<Request, Caller | null>();

/**
 * The caller of a GraphQL request. The limits run before the context (and its `identity`) is built,
 * so they read the bearer token's claims here. Decoding without verifying is sound only because
 * `useHubAuth` sits before every limit in the plugin list and has already refused any request to
 * the GraphQL endpoint whose token is missing or invalid; requests without a token (health,
 * GraphiQL's page) yield `undefined`.
 */
export function callerOf(request: Request): Caller | undefined {
  let caller = callers.get(request);
  if (caller === undefined) {
    caller = decode(request.headers.get('authorization'));
    callers.set(request, caller);
  }
  return caller ?? undefined;
}

function decode(header: string | null): Caller | null {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  if (!m) return null;
  try {
    const claims = decodeJwt(m[1]);
    if (typeof claims.sub !== 'string' || typeof claims.partner !== 'string') return null;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
    return { sub: claims.sub, partner: claims.partner, roles };
  } catch {
    return null;
  }
}
