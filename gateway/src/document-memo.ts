import type { DocumentNode, GraphQLSchema } from 'graphql';

/**
 * Verdicts about an operation, remembered per schema, parsed document and a key for what else they
 * depend on (the caller's scopes, the list sizes asked for). The runtime's parse cache hands out
 * one document object per query text, so a repeated operation is judged once per key; schemas and
 * documents are held weakly and leave with the runtime's caches. At most `maxKeysPerDocument`
 * verdicts per document: beyond that its verdicts start again.
 */
export function documentMemo<T>(maxKeysPerDocument = 100) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, T>>>();
  return (schema: GraphQLSchema, document: DocumentNode, key: string, judge: () => T): T => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byKey = byDocument.get(document);
    if (!byKey) byDocument.set(document, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const verdict = judge();
    if (byKey.size >= maxKeysPerDocument) byKey.clear();
    byKey.set(key, verdict);
    return verdict;
  };
}
