import { decodeWindows1252 } from '@kassel-hub/reference';
import { ExportFileError } from './row-error';

/** The two encodings German office software writes CSV in. */
export enum ExportEncoding {
  UTF8 = 'utf8',
  WINDOWS_1252 = 'windows-1252',
}

export interface DecodedExport {
  text: string;
  encoding: ExportEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: the sequence length and the allowed range of the second byte (no overlongs, no surrogates).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/**
 * Turns an export's bytes into text. Unless the caller states the encoding: a UTF-8 byte order
 * mark means UTF-8 ("CSV UTF-8" in Excel); bytes that are valid UTF-8 are UTF-8 (a Windows-1252
 * file with umlauts practically never is); anything else is Windows-1252 ("CSV (Trennzeichen-
 * getrennt)"), which can decode every byte. UTF-16 ("Unicode-Text") is refused with a hint.
 */
export function decodeExport(bytes: Uint8Array, stated?: ExportEncoding | null): DecodedExport {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ExportFileError('UNSUPPORTED_ENCODING', 'the file is UTF-16 ("Unicode-Text"); save it as "CSV UTF-8" or "CSV (Trennzeichen-getrennt)"');
  }
  const bom = startsWith(bytes, UTF8_BOM);
  if (stated === ExportEncoding.WINDOWS_1252) return { text: decodeWindows1252(bytes), encoding: ExportEncoding.WINDOWS_1252 };
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const bad = invalidUtf8At(body);
  if (bad < 0) return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), encoding: ExportEncoding.UTF8 };
  if (bom || stated === ExportEncoding.UTF8) {
    const line = lineAt(body, bad);
    throw new ExportFileError(
      'INVALID_ENCODING',
      `the file ${bom ? 'starts with a UTF-8 byte order mark' : 'was declared UTF-8'} but line ${line} is not valid UTF-8; ${bom ? 'save it again as "CSV UTF-8"' : 'import it with encoding windows-1252'}`,
      line,
    );
  }
  return { text: decodeWindows1252(bytes), encoding: ExportEncoding.WINDOWS_1252 };
}
