import { randomInt } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * An id for a record the hub creates (an imported applicant, a recorded guidance contact): the
 * record kind's prefix and 16 random Crockford characters (80 bits). Random rather than counted,
 * so that concurrent writers never need a shared counter and the id says nothing about volumes.
 */
export function newRecordId(prefix: string): string {
  let id = `${prefix}-`;
  for (let i = 0; i < 16; i++) id += CROCKFORD[randomInt(CROCKFORD.length)];
  return id;
}
