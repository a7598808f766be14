import { categoryOwner, consentMayRelease, type DataCategory } from '@kassel-hub/kit';
import { COORDINATION, type Purpose } from '@kassel-hub/protocol';

/**
 * The parts of a consent that no owner would ever release: each `category → recipient` its owner's
 * manifest does not release for the purpose. The register records no such consent: a young person
 * would believe they had allowed a release the owner refuses by law, and a later widening of a
 * rule would open it without their knowing. A recipient that owns the category needs no consent
 * for it and is passed over. A MONITORING consent admits the young person to the coordination
 * office's panel, whose records leave the partners only as counts, so it names that office alone.
 */
export function unreleasableParts(purpose: Purpose, recipients: readonly string[], categories: readonly DataCategory[]): string[] {
  if (purpose === 'MONITORING') return recipients.filter((r) => r !== COORDINATION).map((r) => `panel → ${r}`);
  const parts: string[] = [];
  for (const category of categories) {
    for (const recipient of recipients) {
      if (recipient !== categoryOwner(category) && !consentMayRelease(category, recipient, purpose)) parts.push(`${category} → ${recipient}`);
    }
  }
  return parts;
}
