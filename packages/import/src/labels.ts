import { throughWindows1252 } from '@kassel-hub/reference';
import { CellError } from './row-error';

/**
 * How a header or a coded value is compared: case, spaces, punctuation and the spelling of umlauts
 * do not matter ("Verbleib zum 30.09." = "verbleib zum 3009", "Kündigung" = "Kuendigung"), because
 * partners' systems and hand-edited files differ in exactly these ways.
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Whether a name in a file is the name the register holds: case and spacing aside, and a character
 * that Windows-1252 cannot hold (the "ı" of Yılmaz) may have become "?" on the way.
 */
export function sameName(inFile: string, registered: string): boolean {
  return nameKey(inFile) === nameKey(registered);
}

/**
 * Remembers the last few thousand results of a string function: an export repeats the same few
 * names, titles and labels on thousands of rows, and normalising them again each time would cost
 * more than all other checks of a row together.
 */
function memo(fn: (text: string) => string, size = 5000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let key = cache.get(text);
    if (key === undefined) {
      if (cache.size >= size) cache.clear();
      key = fn(text);
      cache.set(text, key);
    }
    return key;
  };
}

const cachedLabelKey = memo(labelKey);
const nameKey = memo((s) => throughWindows1252(s.normalize('NFC')).replace(/\s+/g, ' ').trim().toLowerCase());

/** The accepted spellings of one coded column: the hub's code itself and German labels. */
export interface CodeList<T extends string> {
  parse(raw: string): T;
  /** Accepted values for docs/imports.md: `CODE` ("label", "label"). */
  readonly doc: string;
}

/**
 * A coded column: each code is accepted as itself (e.g. `REAL_QUALI`) or as any of its German
 * labels (`qualifizierender Realschulabschluss`), compared with `labelKey`.
 */
export function codeList<T extends string>(what: string, labels: Record<T, readonly string[]>): CodeList<T> {
  const byKey = new Map<string, T>();
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    for (const name of [code, ...names]) {
      const key = labelKey(name);
      if (byKey.has(key) && byKey.get(key) !== code) throw new Error(`${what}: "${name}" would mean two codes`);
      byKey.set(key, code);
    }
  }
  const entries = Object.entries(labels) as [T, readonly string[]][];
  const first = entries.map(([code, names]) => names[0] ?? code);
  return {
    parse(raw) {
      const code = byKey.get(cachedLabelKey(raw));
      if (!code) throw new CellError('UNKNOWN_CODE', `not a known ${what}; expected one of: ${first.join(', ')} (or the code)`);
      return code;
    },
    doc: entries.map(([code, names]) => `\`${code}\`${names.length ? ` (${names.map((n) => `"${n}"`).join(', ')})` : ''}`).join(', '),
  };
}
