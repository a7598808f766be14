import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A trusted document's id: the SHA-256 of its exact query text, in lower-case hex. */
export const documentId = (query: string) => createHash('sha256').update(query, 'utf8').digest('hex');

/**
 * Loads a trusted-documents file: a JSON object mapping document id to query text. Every id must
 * be the hash of its query, so a typo or a hand-edited query fails at start, not at 3 a.m. when a
 * partner system sends it.
 */
export function loadTrustedDocuments(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the trusted documents ${path}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: expected a JSON object of document id → query`);
  const documents = new Map<string, string>();
  const problems: string[] = [];
  for (const [id, query] of Object.entries(raw)) {
    if (typeof query !== 'string') problems.push(`  - ${id}: the query must be a string`);
    else if (documentId(query) !== id) problems.push(`  - ${id}: is not the SHA-256 of its query (that is ${documentId(query)})`);
    else documents.set(id, query);
  }
  if (problems.length) throw new Error(`invalid trusted documents in ${path}:\n${problems.join('\n')}`);
  return documents;
}
