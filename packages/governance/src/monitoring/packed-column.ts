import { GraphQLScalarType, Kind } from 'graphql';

/*
 * A column of a monitoring panel (panel-records.ts), packed as the JSON text of one array.
 *
 * Why a string: between the partners and the city a panel passes through the gateway twice, as a
 * response and then inside the city's `_entities` representation. The gateway's runtime walks every
 * element of every list it forwards in variables (looking for file uploads) and canonicalizes
 * representations key by key; for ~15,000 members times ten columns that walk cost more than the
 * partners' queries. A packed column is one string to it. Only panel columns use this scalar.
 */
function unpackText(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TypeError('PackedColumn must be the JSON text of an array');
  }
  if (!Array.isArray(value)) throw new TypeError('PackedColumn must be the JSON text of an array');
  return value;
}

export const PackedColumn = new GraphQLScalarType<unknown[], string>({
  name: 'PackedColumn',
  description: 'A column of a monitoring panel: the JSON text of an array of strings or nulls. Internal to the hub.',
  serialize: (v) => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return JSON.stringify(v);
    throw new TypeError('PackedColumn must be an array');
  },
  parseValue: (v) => {
    if (typeof v !== 'string') throw new TypeError('PackedColumn must be a string');
    return unpackText(v);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('PackedColumn must be a string');
    return unpackText(ast.value);
  },
  // Printed into the subgraph SDL, so that the scalar stays out of the public schema like the panel types.
  extensions: { directives: { inaccessible: {} } },
});

/**
 * One column as the city receives it inside a representation (the packed text) or as a partner
 * built it (an array), checked to hold `length` entries of strings or nulls.
 */
export function unpackColumn(column: unknown, length: number | null, name: string): (string | null)[] {
  const values = typeof column === 'string' ? unpackText(column) : column;
  if (!Array.isArray(values) || (length !== null && values.length !== length) || !values.every((v) => v === null || typeof v === 'string')) {
    throw new TypeError(`panel column ${name} is malformed`);
  }
  return values as (string | null)[];
}
