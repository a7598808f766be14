import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleQuery } from '../example';
import { documentId, loadTrustedDocuments } from './trusted-documents';

const write = (content: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'docs.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
};

describe('trusted documents file', () => {
  it("the example file registers the README's example query under its SHA-256", () => {
    const docs = loadTrustedDocuments(resolve(__dirname, '../../trusted-documents.example.json'));
    expect(docs.get(documentId(exampleQuery))).toBe(exampleQuery);
  });

  it('an id that is not the hash of its query fails at start, naming the id', () => {
    const path = write({ ['0'.repeat(64)]: '{ districts { code } }' });
    expect(() => loadTrustedDocuments(path)).toThrow(/0{64}: is not the SHA-256 of its query/);
  });

  it('a file that is not an object of strings fails at start', () => {
    expect(() => loadTrustedDocuments(write(['{ districts { code } }']))).toThrow(/expected a JSON object/);
    expect(() => loadTrustedDocuments(write({ abc: 42 }))).toThrow(/abc: the query must be a string/);
    expect(() => loadTrustedDocuments('/nonexistent/docs.json')).toThrow(/cannot read the trusted documents/);
  });
});
