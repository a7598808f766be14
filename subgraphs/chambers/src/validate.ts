import { InvalidArgumentError } from '@kassel-hub/kit';

const KLDB_PATTERN = /^\d{5}$/;

/** A KldB 2010 occupation code (Berufsgattung) has exactly five digits; checked before any SQL runs. */
export function assertKldb(value: string, argument = 'kldb'): string {
  if (!KLDB_PATTERN.test(value)) {
    throw new InvalidArgumentError('INVALID_KLDB', `"${value.slice(0, 20)}" is not a KldB 2010 code: expected 5 digits`, argument);
  }
  return value;
}
