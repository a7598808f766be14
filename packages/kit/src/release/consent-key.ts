import { isPurpose } from '@kassel-hub/protocol';
import { HubError } from '../errors';
import { DataCategory } from './categories';
import type { ConsentScope } from './consent-scope.type';

/**
 * `Youth.consentKey`: the consent scope as one scalar, so each entity representation the gateway
 * sends to the partners carries a short string instead of a nested object with two lists (the
 * gateway sorts, projects and copies every representation). Layout, fields separated by `|`:
 *
 *     v1|<partner>|<purpose, empty for none>|<category>,<category>|<consent id>,<consent id>
 *
 * The key is not a credential: it is computed by the consent register for the requester of this
 * request and reaches a partner only inside the gateway's signed request, which is what the partner
 * trusts. The release still checks the key's partner and purpose against the signed identity.
 */
export const CONSENT_KEY_VERSION = 'v1';

/** The selection other subgraphs put into `@requires`. */
export const CONSENT_KEY_REQUIRES = '@requires(fields: "consentKey")';

/** Longest key accepted: far above any real scope (every category, dozens of consents). */
const MAX_KEY_LENGTH = 4096;
const PARTNER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CONSENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** A consent key that does not parse; nothing is released on it. */
export class ConsentKeyError extends HubError {
  constructor(reason: string) {
    super('CONSENT_KEY_MALFORMED', `the consent key is malformed (${reason}); nothing is released`);
  }
}

const list = (part: string): string[] => (part === '' ? [] : part.split(','));

function checkList(items: readonly string[], valid: (item: string) => boolean, what: string): void {
  for (const item of items) if (!valid(item)) throw new ConsentKeyError(`invalid ${what}`);
  if (new Set(items).size !== items.length) throw new ConsentKeyError(`repeated ${what}`);
}

function check(scope: ConsentScope): void {
  if (!PARTNER.test(scope.partner)) throw new ConsentKeyError('invalid partner');
  if (scope.purpose !== null && !isPurpose(scope.purpose)) throw new ConsentKeyError('invalid purpose');
  checkList(scope.categories, (c) => Object.hasOwn(DataCategory, c), 'category');
  checkList(scope.consentIds, (id) => CONSENT_ID.test(id), 'consent id');
}

/** Encodes a scope the register computed; refuses one that would not decode to the same scope. */
export function encodeConsentKey(scope: ConsentScope): string {
  check(scope);
  return [CONSENT_KEY_VERSION, scope.partner, scope.purpose ?? '', scope.categories.join(','), scope.consentIds.join(',')].join('|');
}

/** Decodes a key strictly: anything but exactly what `encodeConsentKey` writes is refused. */
export function decodeConsentKey(key: unknown): ConsentScope {
  if (typeof key !== 'string') throw new ConsentKeyError('not a string');
  if (key.length > MAX_KEY_LENGTH) throw new ConsentKeyError('too long');
  const parts = key.split('|');
  if (parts.length !== 5) throw new ConsentKeyError('wrong number of parts');
  const [version, partner, purpose, categories, consentIds] = parts as [string, string, string, string, string];
  if (version !== CONSENT_KEY_VERSION) throw new ConsentKeyError('unknown version');
  const scope: ConsentScope = {
    partner,
    purpose: purpose === '' ? null : purpose,
    categories: list(categories) as DataCategory[],
    consentIds: list(consentIds),
  };
  check(scope);
  return scope;
}
