import { decodeJwt } from 'jose';
import { isReadPurpose, isRole, type Identity } from '@kassel-hub/protocol';
import { isKnownPartner } from './partners';
import { PURPOSE_HEADER, type HubContext } from './auth.plugin';

/**
 * Benchmark only (`unsafeSecurityOff`, refused in production): the caller's identity read from its
 * token without checking the signature, so that subgraphs still get an identity to release to.
 */
export function useUnverifiedIdentity(partners: ReadonlySet<string>) {
  const identities = new WeakMap<Request, Identity>();
  return {
    onRequest({ request }: { request: Request }) {
      const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      const claims = token ? decodeJwt(token) : {};
      const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
      const purpose = request.headers.get(PURPOSE_HEADER);
      if (typeof claims.sub === 'string' && isKnownPartner(partners, claims.partner)) {
        identities.set(request, { sub: claims.sub, partner: claims.partner, roles, purpose: isReadPurpose(purpose) ? purpose : null, caseRef: null });
      }
    },
    onContextBuilding({ context, extendContext }: { context: { request: Request }; extendContext(c: HubContext): void }) {
      const identity = identities.get(context.request);
      if (identity) extendContext({ identity });
    },
  };
}
