import type { Identity, Partner, Purpose } from '@kassel-hub/protocol';
import { HubError } from '@kassel-hub/kit';

/**
 * A release by law instead of consent: a statute obliges the owner to pass the minimum fields of
 * some records to one recipient for one purpose. The data subject may object, which stops it, and
 * the release ends at a deletion deadline. Every read is audited with the statute as legal basis.
 */
export interface StatutoryRelease {
  /** Stable id, also stored with objections. */
  id: string;
  /** The statute, as written into every audit entry. */
  legalBasis: string;
  owner: Partner;
  recipient: Partner;
  purpose: Purpose;
  /** The only fields released (documented in SECURITY.md). */
  fields: readonly string[];
  /** Months after the triggering event (e.g. leaving school) after which nothing is released. */
  deadlineMonths: number;
}

/** Only the named recipient's case workers, stating the statute's purpose, receive the release. */
export function assertStatutoryRecipient(identity: Identity, rule: StatutoryRelease): void {
  if (identity.partner !== rule.recipient || !identity.roles.some((r) => r === 'caseworker' || r === 'system')) {
    throw new HubError('FORBIDDEN', `${rule.legalBasis} releases these records to ${rule.recipient} case workers only`);
  }
  if (identity.purpose !== rule.purpose) {
    throw new HubError('PURPOSE_REQUIRED', `state the purpose ${rule.purpose} for records released under ${rule.legalBasis}`);
  }
}

/** The earliest triggering date still inside the deadline, as of `today`. */
export function statutoryCutoff(rule: StatutoryRelease, today: Date = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - rule.deadlineMonths, today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}
