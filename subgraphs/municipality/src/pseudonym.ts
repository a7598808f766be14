import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32

/**
 * A new pseudonym: 60 random bits from the OS's CSPRNG, never derived from name or birth date,
 * so that it links records only where the register says so.
 */
export function issuePseudonym(): string {
  let p = 'Y';
  for (let i = 0; i < 12; i += 1) p += ALPHABET[randomInt(ALPHABET.length)];
  return p;
}
