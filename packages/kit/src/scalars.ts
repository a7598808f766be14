import { GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new TypeError(`LocalDate must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  // Reject dates that JavaScript silently rolls over, such as 2025-02-30.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new TypeError(`LocalDate ${value} does not exist`);
  }
  return value;
}

/** A calendar date without time or zone (ISO 8601 `YYYY-MM-DD`), as partners' records hold them. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time zone, formatted as ISO 8601 YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseLocalDate(v)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('LocalDate must be a string literal YYYY-MM-DD');
    return parseLocalDate(ast.value);
  },
});
