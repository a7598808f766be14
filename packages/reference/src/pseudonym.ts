/**
 * The hub's pseudonym of a young person: 'Y' and 12 characters of Crockford base32 (60 bits). No
 * I, L, O or U, so a pseudonym survives being read aloud or typed by hand.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const PSEUDONYM_PATTERN = /^Y[0-9A-HJKMNP-TV-Z]{12}$/;

export const isPseudonym = (value: string): boolean => PSEUDONYM_PATTERN.test(value);
