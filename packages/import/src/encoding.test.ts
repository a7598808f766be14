import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '@kassel-hub/reference';
import { decodeExport, ExportEncoding, invalidUtf8At } from './encoding';

const text = 'Betrieb;Beruf\r\nBäckerei Müller;Fachinformatiker/in – Anwendungsentwicklung\r\n';

describe('detecting the encoding of a partner export', () => {
  it('a UTF-8 byte order mark means UTF-8, and the mark is not part of the first header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeExport(bytes)).toEqual({ text, encoding: ExportEncoding.UTF8 });
  });

  it('valid UTF-8 without a mark is UTF-8', () => {
    expect(decodeExport(Buffer.from(text))).toEqual({ text, encoding: ExportEncoding.UTF8 });
  });

  it('anything else is Windows-1252, with umlauts and the en dash (0x96) decoded right, not as Latin-1', () => {
    const bytes = encodeWindows1252(text);
    expect(bytes.includes(0x96)).toBe(true);
    expect(decodeExport(bytes)).toEqual({ text, encoding: ExportEncoding.WINDOWS_1252 });
  });

  it('a stated encoding overrides the detection; UTF-8 stated for Windows-1252 bytes names the broken line', () => {
    const bytes = encodeWindows1252(text);
    expect(() => decodeExport(bytes, ExportEncoding.UTF8)).toThrow(/line 2 is not valid UTF-8/);
    expect(decodeExport(Buffer.from('a;b'), ExportEncoding.WINDOWS_1252).encoding).toBe(ExportEncoding.WINDOWS_1252);
  });

  it('refuses UTF-16 ("Unicode-Text") with a hint how to save the file', () => {
    expect(() => decodeExport(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(/UTF-16/);
  });

  it('finds overlong and truncated UTF-8 sequences', () => {
    expect(invalidUtf8At(Buffer.from('aä'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(invalidUtf8At(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
