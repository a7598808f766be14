import { registerEnumType } from 'type-graphql';
import { CATEGORY_DIRECTORY, type Purpose } from '@kassel-hub/protocol';

/**
 * Data categories a consent can name, as the partners' manifests declare them (each owned by one
 * partner). Each person-level field of every subgraph belongs to exactly one category; a consent
 * releases categories, not single fields, as the consent form does.
 */
export type DataCategory = keyof typeof CATEGORY_DIRECTORY;
export const DataCategory = Object.fromEntries(Object.keys(CATEGORY_DIRECTORY).map((c) => [c, c])) as { readonly [C in DataCategory]: C };

/** The partner that owns a category. */
export const categoryOwner = (category: DataCategory): string => CATEGORY_DIRECTORY[category].owner;

/**
 * Whether the owner's manifest lets a consent release `category` to `recipient` for `purpose`. The
 * owner's `decideRelease` asks this on every read, the consent register before recording a consent.
 */
export function consentMayRelease(category: DataCategory, recipient: string, purpose: Purpose): boolean {
  const rules: readonly { recipients: readonly string[]; purposes: readonly string[] }[] = CATEGORY_DIRECTORY[category].consentReleases;
  return rules.some((r) => r.recipients.includes(recipient) && r.purposes.includes(purpose));
}

registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'A category of person-level data that a consent can release to other partners.',
  valuesConfig: Object.fromEntries(Object.entries(CATEGORY_DIRECTORY).map(([c, d]) => [c, { description: d.description }])),
});
