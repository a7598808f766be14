import { CROCKFORD_ALPHABET as CROCKFORD } from '@kassel-hub/reference';
import type { Random } from '../random';

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
