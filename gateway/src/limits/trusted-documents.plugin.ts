import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { callerOf } from './caller';
import { LimitError } from './limit-error';
import { documentId } from './trusted-documents';

export interface TrustedDocumentsOptions {
  documents: Map<string, string>;
  /** Callers with any of these roles may run registered operations only. */
  onlyForRoles: string[];
}

/**
 * Trusted documents. Anyone may send `{ "documentId": "<sha256>" }` (or the Apollo
 * `extensions.persistedQuery.sha256Hash`) instead of the query text. Callers with a restricted role
 * (default: `system`, the partners' machine clients) may run nothing else: a query of their own is
 * accepted only if its hash is registered, so a stolen machine token cannot explore the data.
 * Written here rather than with the runtime's `persistedDocuments`, which cannot accept registered
 * query text from restricted callers nor leave other callers unaffected.
 */
export function useTrustedDocuments(o: TrustedDocumentsOptions): GatewayPlugin {
  return {
    onParams({ params, request, setParams }) {
      // Without `documentId`, which the runtime would refuse as an unknown parameter.
      const run = (query: string) => setParams({ query, variables: params.variables, operationName: params.operationName, extensions: params.extensions });
      if (typeof params.query === 'string') {
        // Query text decides, whatever id comes with it (Apollo clients send both on a retry).
        const restricted = callerOf(request)?.roles.some((r) => o.onlyForRoles.includes(r));
        if (restricted && !o.documents.has(documentId(params.query))) {
          throw new LimitError(
            'PERSISTED_QUERY_ONLY',
            `callers with the role ${o.onlyForRoles.join(' or ')} may send registered operations only: send { "documentId": "<sha256 of the query>" }`,
          );
        }
        return run(params.query);
      }
      const id = requestedId(params as Record<string, unknown>, request);
      if (id === undefined) return; // neither query nor id: the runtime answers "Must provide query string"
      const query = o.documents.get(id);
      if (query === undefined) throw new LimitError('UNKNOWN_DOCUMENT', `no trusted document has the id "${id.slice(0, 64)}"`);
      run(query);
    },
  };
}

/** The document id a request names: `documentId` in the body or URL, or Apollo's persisted-query hash. */
function requestedId(params: Record<string, unknown>, request: Request): string | undefined {
  if (typeof params.documentId === 'string') return params.documentId;
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof persisted === 'string') return persisted;
  return new URL(request.url).searchParams.get('documentId') ?? undefined;
}
