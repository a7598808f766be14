import type { Random } from '../random';

/** Crockford base32: no I, L, O, U, so pseudonyms survive being read aloud or typed by hand. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const PSEUDONYM_PATTERN = /^Y[0-9A-HJKMNP-TV-Z]{12}$/;

/**
 * Issues random pseudonyms ('Y' + 12 Crockford characters, 60 bits). They come from their own random
 * stream and never from a person's attributes, so nothing about a person can be recomputed from one.
 */
export function pseudonymIssuer(random: Random): () => string {
  const issued = new Set<string>();
  return () => {
    for (;;) {
      let p = 'Y';
      for (let i = 0; i < 12; i++) p += CROCKFORD[random.int(0, 31)];
      if (!issued.has(p)) {
        issued.add(p);
        return p;
      }
    }
  };
}
