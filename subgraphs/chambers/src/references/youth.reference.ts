/**
 * Any pseudonym resolves, without SQL: the chambers' fields answer empty for a young person they do
 * not know, which keeps "unknown here" indistinguishable from "no contract" for the other partners.
 */
export const resolveYouthReference = (ref: { pseudonym: string }) => ({ pseudonym: ref.pseudonym });
