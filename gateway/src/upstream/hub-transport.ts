import type { Transport } from '@graphql-mesh/transport-common';
import type { ExecutionRequest, ExecutionResult } from '@graphql-tools/utils';
import { GraphQLError, getOperationAST, print, type DocumentNode, type OperationTypeNode } from 'graphql';
import { signRequest } from '@kassel-hub/protocol';
import type { HubContext } from '../auth/auth.plugin';
import { traceparentOf } from '../auth/signing.plugin';
import { postJson, upstreamTarget, UpstreamFailure, type UpstreamAnswer } from './post-json';
import { failedCall, invalidAnswer, unsignable } from './upstream-errors';

export interface HubTransportOptions {
  /** Signing secret per subgraph name (as the subgraph verifies it). */
  secrets: Record<string, string>;
  /** The subgraph a URL of the supergraph belongs to; calls to any other URL are refused. */
  subgraphOfUrl(url: string): string | undefined;
  /** Time allowed for one call (one attempt) to this subgraph; undefined: no limit. */
  timeoutMs(subgraph: string): number | undefined;
  /** Further attempts after a failed query; a mutation is sent once. */
  retries: number;
  /** Pause before the first retry; each further one waits 1.25x longer. */
  retryDelayMs: number;
}

/** A document's text and operation type, computed once per plan node's DocumentNode. */
interface PrintedDocument {
  query: string;
  kind: OperationTypeNode | undefined;
}

/** The outcome of one attempt: the result to hand back, and whether trying again could change it. */
interface Attempt {
  result: ExecutionResult;
  retryable: boolean;
}

const RETRY_DELAY_FACTOR = 1.25;

/**
 * The gateway's transport for subgraph calls. Each call's body is serialised once and signed over
 * exactly the bytes sent (`signRequest`: identity, timestamp, nonce, trace context); it goes out with
 * `node:http` over kept-alive connections, without the HTTP executor's file-upload scan of the
 * variables or a fetch layer, and with one timer per attempt. Failures carry the codes the runtime's
 * HTTP executor uses, so clients see the same errors. Every call is a request of its own: no
 * in-flight deduplication, since the caller's identity is part of the request and two callers must
 * never share one answer.
 */
export function hubTransport(o: HubTransportOptions): Transport {
  const printed = new WeakMap<DocumentNode, PrintedDocument>();
  const printOnce = (doc: DocumentNode): PrintedDocument => {
    let p = printed.get(doc);
    if (!p) {
      p = { query: print(doc), kind: getOperationAST(doc)?.operation };
      printed.set(doc, p);
    }
    return p;
  };
  return {
    getSubgraphExecutor({ transportEntry }) {
      const url = transportEntry.location;
      const subgraph = url ? o.subgraphOfUrl(url) : undefined;
      if (!url || !subgraph) throw new Error(`no subgraph of the supergraph has the URL ${url ?? '(none)'}`);
      const target = upstreamTarget(url);
      const secret = o.secrets[subgraph];
      const timeoutMs = o.timeoutMs(subgraph);

      const attempt = async (text: string, body: Buffer, identity: HubContext['identity'], traceparent: string, signal: AbortSignal | undefined): Promise<Attempt> => {
        const headers = {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'content-length': String(body.length),
          // Signed over the text whose UTF-8 bytes are sent, so the subgraph verifies exactly what it reads.
          ...signRequest(secret!, subgraph, identity!, text, Date.now(), traceparent),
        };
        let answer: UpstreamAnswer;
        try {
          answer = await postJson(target, headers, body, timeoutMs, signal);
        } catch (e) {
          if (!(e instanceof UpstreamFailure)) throw e;
          return { result: { errors: [failedCall(e)] }, retryable: e.kind !== 'aborted' };
        }
        const result = readResult(answer);
        return { result, retryable: answer.status >= 500 || answer.status === 429 || result.errors?.some((e) => e.originalError != null) === true };
      };

      const executor = async (request: ExecutionRequest): Promise<ExecutionResult> => {
        const context = request.context as HubContext | undefined;
        const identity = context?.identity;
        if (!secret || !identity) return { errors: [unsignable(subgraph)] };
        const doc = printOnce(request.document);
        const payload: Record<string, unknown> = { query: doc.query };
        if (request.operationName) payload.operationName = request.operationName;
        if (request.variables && Object.keys(request.variables).length) payload.variables = request.variables;
        if (request.extensions && Object.keys(request.extensions).length) payload.extensions = request.extensions;
        const text = JSON.stringify(payload);
        const body = Buffer.from(text, 'utf8');
        const traceparent = traceparentOf(context, request);
        // A query is read-only, so a failed call is tried again; a mutation is never sent twice.
        const kind = request.operationType ?? doc.kind;
        const tries = kind === 'query' ? 1 + Math.max(0, o.retries) : 1;
        let delay = o.retryDelayMs;
        for (let n = 1; ; n++) {
          // Signed afresh each time: the subgraph accepts a nonce once.
          const { result, retryable } = await attempt(text, body, identity, traceparent, request.signal);
          if (!retryable || n >= tries || request.signal?.aborted) return result;
          delay *= RETRY_DELAY_FACTOR;
          await new Promise((r) => setTimeout(r, delay));
        }
      };
      return Object.assign(executor, {
        [Symbol.asyncDispose]: async () => target.agent.destroy(),
      });
    },
  };
}

/** The subgraph's answer as an execution result; its errors become GraphQLErrors of its own. */
function readResult(answer: UpstreamAnswer): ExecutionResult {
  if (!answer.body) return { errors: [invalidAnswer(answer.status, 'empty body')] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return { errors: [invalidAnswer(answer.status, 'not JSON')] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { errors: [invalidAnswer(answer.status, 'not a GraphQL result')] };
  const r = parsed as { data?: unknown; errors?: unknown; extensions?: Record<string, unknown> };
  const errors = Array.isArray(r.errors) ? r.errors : undefined;
  if (r.data == null && !errors?.length) return { errors: [invalidAnswer(answer.status, 'neither data nor errors')] };
  if (!errors) return r as ExecutionResult;
  return {
    ...(r as ExecutionResult),
    errors: errors.map((e: { message?: unknown; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }) =>
      new GraphQLError(typeof e?.message === 'string' ? e.message : 'error without a message', { path: e?.path, extensions: e?.extensions }),
    ),
  };
}
