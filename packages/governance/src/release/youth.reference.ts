import { decodeConsentKey } from '@kassel-hub/kit';
import type { ReleasableRoot } from './release';

/** A `Youth` representation as the gateway sends it: the key, and the consent key for `@requires`. */
export interface YouthRepresentation {
  pseudonym: string;
  consentKey?: unknown;
}

/**
 * `Youth.__resolveReference` of every subgraph: any pseudonym resolves without SQL, so a partner that
 * does not know the young person answers null or empty (not "unknown here"), and the consent key
 * that the gateway fetched for `@requires` travels on to the field guards as the decoded scope. A key
 * that does not parse refuses the whole entity (CONSENT_KEY_MALFORMED): nothing is released on it.
 * Any other field in the representation (an old-style `consentScope`) is ignored.
 */
export const resolveYouthReference = (ref: YouthRepresentation): ReleasableRoot =>
  ref.consentKey === undefined ? { pseudonym: ref.pseudonym } : { pseudonym: ref.pseudonym, consentScope: decodeConsentKey(ref.consentKey) };
