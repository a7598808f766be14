import type { ReleasableRoot } from './release';

/**
 * `Youth.__resolveReference` of every subgraph: any pseudonym resolves without SQL, so a partner that
 * does not know the young person answers null or empty (not "unknown here"), and the consent scope
 * that the gateway fetched for `@requires` travels on to the field guards.
 */
export const resolveYouthReference = (ref: ReleasableRoot): ReleasableRoot =>
  ref.consentScope === undefined ? { pseudonym: ref.pseudonym } : { pseudonym: ref.pseudonym, consentScope: ref.consentScope };
