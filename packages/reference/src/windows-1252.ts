/**
 * Windows-1252, the "ANSI" code page German office software still writes CSV files in.
 *
 * Node's own `TextDecoder('windows-1252')` cannot be used: since Node 20.18.3 / 22.13.0 it decodes
 * the bytes 0x80–0x9F as Latin-1 control characters (nodejs/node#60888), so "–" (0x96) or "€"
 * (0x80) would arrive as invisible garbage. This is the WHATWG table for those 32 bytes; every
 * other byte is its own code point. It lives in the lowest shared package so that the generator
 * (writing sample exports) and the import framework (reading partner exports) use the same table.
 */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Unicode code unit of each byte. */
const TO_UNICODE = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b));
const TO_BYTE = new Map<number, number>([...TO_UNICODE].map((u, b) => [u, b]));

/** Decodes Windows-1252 bytes; every byte has a character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const units = new Uint16Array(Math.min(CHUNK, bytes.length - i));
    for (let j = 0; j < units.length; j++) units[j] = TO_UNICODE[bytes[i + j]!]!;
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

export function fitsWindows1252(char: string): boolean {
  return char.length === 1 && TO_BYTE.has(char.charCodeAt(0));
}

/**
 * Encodes text as Windows-1252. A character the code page lacks (the "ı" of Yılmaz, the "ć" of
 * Petrović) becomes "?", as Excel writes it when saving "CSV (Trennzeichen-getrennt)".
 */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const char of text) out[n++] = fitsWindows1252(char) ? TO_BYTE.get(char.charCodeAt(0))! : 0x3f;
  return out.subarray(0, n);
}

/** The text as it survives a round trip through Windows-1252 (unrepresentable characters become "?"). */
export function throughWindows1252(text: string): string {
  let out = '';
  for (const char of text) out += fitsWindows1252(char) ? char : '?';
  return out;
}
