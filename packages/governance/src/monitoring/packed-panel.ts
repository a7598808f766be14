import { GraphQLScalarType } from 'graphql';
import { HubError } from '@kassel-hub/kit';
import { panelDigest } from './panel-cache';

/*
 * A partner's panel answer in compact form (the `packed` field of the panel types in
 * panel-records.ts): instead of repeating each member's pseudonym, a row names the member by their
 * position in the panel the city sent with the request, and the answer names that panel by its
 * digest. The city reads the positions against the same list or not at all: a panel whose digest
 * it does not hold for the caller is refused with PANEL_CHANGED.
 *
 * Layout, the JSON text of
 *   { digest, groups: { <group>: { rows, position: [...], columns: { <name>: { values: [...], codes: [...] } } } } }
 * Rows are in panel order (stably, so a member's rows keep the partner's order, e.g. oldest first);
 * `position` holds the difference to the previous row's position (the first: to 0), so that a
 * member with one row costs a digit or two; each column lists its distinct values once and a code
 * per row. At scale 10 this is ~6x fewer bytes than the pseudonym columns, through the gateway twice.
 */
export const PackedPanel = new GraphQLScalarType<string, string>({
  name: 'PackedPanel',
  description: 'A panel answer in compact form: rows by position in the panel sent, columns dictionary-coded, the panel\'s digest. Internal to the hub.',
  serialize: (v) => {
    if (typeof v !== 'string') throw new TypeError('PackedPanel must be a string');
    return v;
  },
  parseValue: () => {
    throw new TypeError('PackedPanel is an answer only');
  },
  parseLiteral: () => {
    throw new TypeError('PackedPanel is an answer only');
  },
  extensions: { directives: { inaccessible: {} } },
});

/** One group of rows as a partner built it: a pseudonym per row and columns of the same length. */
export interface PanelGroupRows {
  pseudonyms: readonly string[];
  columns: Record<string, readonly (string | null)[]>;
}

/** One group as the city reads it back. */
export interface UnpackedGroup {
  pseudonyms: string[];
  columns: Record<string, (string | null)[]>;
}

/*
 * Each pseudonym's position in a panel, by the panel's digest: every report request carries the same
 * list while no consent changes, and building the index is most of the packing. A few lists are kept.
 */
const positionsByDigest = new Map<string, Map<string, number>>();

function positionsIn(sent: readonly string[]): Map<string, number> {
  const digest = panelDigest(sent);
  let index = positionsByDigest.get(digest);
  if (index) positionsByDigest.delete(digest);
  else index = new Map(sent.map((p, i) => [p, i]));
  positionsByDigest.set(digest, index);
  while (positionsByDigest.size > 4) positionsByDigest.delete(positionsByDigest.keys().next().value!);
  return index;
}

/** Row indexes in panel order, stably (a counting sort: positions are small integers). */
function panelOrder(positions: readonly number[], panelSize: number): number[] {
  const start = new Uint32Array(panelSize + 1);
  for (const at of positions) start[at + 1]++;
  for (let i = 1; i <= panelSize; i++) start[i] += start[i - 1];
  const order = new Array<number>(positions.length);
  positions.forEach((at, row) => (order[start[at]++] = row));
  return order;
}

/** `sent`: the panel this request carried, in its order. A row for anyone outside it is a bug, not data. */
export function packPanel(sent: readonly string[], groups: Record<string, PanelGroupRows>): string {
  const index = positionsIn(sent);
  const out: Record<string, unknown> = {};
  for (const [name, group] of Object.entries(groups)) {
    const positions = group.pseudonyms.map((p) => {
      const at = index.get(p);
      if (at === undefined) throw new Error(`panel group ${name} holds a row for a pseudonym outside the panel sent`);
      return at;
    });
    const order = panelOrder(positions, sent.length);
    let previous = 0;
    const position = order.map((i) => {
      const delta = positions[i] - previous;
      previous = positions[i];
      return delta;
    });
    const columns: Record<string, { values: (string | null)[]; codes: number[] }> = {};
    for (const [column, values] of Object.entries(group.columns)) {
      if (values.length !== positions.length) throw new Error(`panel column ${column} has ${values.length} rows, its group ${positions.length}`);
      const codeOf = new Map<string | null, number>();
      const distinct: (string | null)[] = [];
      const codes = order.map((i) => {
        const v = values[i];
        let code = codeOf.get(v);
        if (code === undefined) {
          codeOf.set(v, (code = distinct.length));
          distinct.push(v);
        }
        return code;
      });
      columns[column] = { values: distinct, codes };
    }
    out[name] = { rows: positions.length, position, columns };
  }
  return JSON.stringify({ digest: panelDigest(sent), groups: out });
}

const LEADING_DIGEST = /^\{"digest":"([A-Za-z0-9_-]{1,100})"/;

/**
 * The digest a packed answer names, without reading its rows (the encoder writes it first), or
 * undefined if it names none: to check a caller may read it before anything kept is used.
 */
export function packedDigest(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const leading = LEADING_DIGEST.exec(text);
  if (leading) return leading[1];
  try {
    const digest = (JSON.parse(text) as { digest?: unknown } | null)?.digest;
    return typeof digest === 'string' ? digest : undefined;
  } catch {
    return undefined;
  }
}

/** PANEL_CHANGED: the answer refers to a list the city does not hold for this caller. */
export const panelChanged = () =>
  new HubError('PANEL_CHANGED', 'the cohort\'s monitoring panel changed while the report was computed (a consent was granted or withdrawn); ask again');

/**
 * Reads a packed answer. `panelFor` returns the panel this caller was sent under the digest the
 * partner names, or undefined: then PANEL_CHANGED (a consent changed between the city's panel and
 * the partner's answer, and the city no longer holds the list the positions refer to).
 */
export function unpackPanel(
  text: unknown,
  panelFor: (digest: string) => readonly string[] | undefined,
  expected: Record<string, readonly string[]>,
): Record<string, UnpackedGroup> {
  const malformed = (what: string) => new TypeError(`packed panel is malformed: ${what}`);
  if (typeof text !== 'string') throw malformed('not a string');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed('not JSON');
  }
  const { digest, groups } = (value ?? {}) as { digest?: unknown; groups?: unknown };
  if (typeof digest !== 'string' || typeof groups !== 'object' || groups === null) throw malformed('no digest or groups');
  const panel = panelFor(digest);
  if (!panel) throw panelChanged();
  const isCount = (n: unknown, below: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < below;
  const out: Record<string, UnpackedGroup> = {};
  for (const [name, columnNames] of Object.entries(expected)) {
    const g = (groups as Record<string, unknown>)[name] as { rows?: unknown; position?: unknown; columns?: Record<string, { values?: unknown; codes?: unknown }> } | undefined;
    if (!g || !Number.isInteger(g.rows) || !Array.isArray(g.position) || g.position.length !== g.rows || typeof g.columns !== 'object' || g.columns === null) throw malformed(`group ${name}`);
    let at = 0;
    const pseudonyms = g.position.map((delta: unknown) => {
      at += delta as number;
      if (!isCount(delta, panel.length) || at >= panel.length) throw malformed(`group ${name}: a position outside the panel`);
      return panel[at];
    });
    const columns: Record<string, (string | null)[]> = {};
    for (const column of columnNames) {
      const c = g.columns[column];
      const values = c?.values;
      if (!c || !Array.isArray(values) || !values.every((v) => v === null || typeof v === 'string') || !Array.isArray(c.codes) || c.codes.length !== g.rows) throw malformed(`column ${column}`);
      columns[column] = c.codes.map((code: unknown) => {
        if (!isCount(code, values.length)) throw malformed(`column ${column}: a code outside its values`);
        return values[code as number] as string | null;
      });
    }
    out[name] = { pseudonyms, columns };
  }
  return out;
}
