/**
 * Any pseudonym resolves: this partner's fields answer null or empty for a young person it does not
 * know, which keeps "unknown here" indistinguishable from "no data" for the other partners.
 */
export const resolveYouthReference = (ref: { pseudonym: string }) => ({ pseudonym: ref.pseudonym });
