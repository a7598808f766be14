import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { LimitError, limitResponse } from './limit-error';

/**
 * A POST body must be JSON in UTF-8 (RFC 8259) and at most `maxBytes`: other media types (forms,
 * multipart, text) get 415, larger bodies 413 before they are read, invalid UTF-8 or JSON 400.
 * Without this the runtime would accept form posts and decode broken bytes as U+FFFD.
 */
export function useStrictRequestBody(o: { graphqlPath: string; maxBytes: number }): GatewayPlugin {
  const tooLarge = () => new LimitError('PAYLOAD_TOO_LARGE', `the request body is larger than ${o.maxBytes} bytes`, 413);
  const isGraphqlPost = (request: Request, url: URL) => request.method === 'POST' && url.pathname === o.graphqlPath;
  return {
    onRequest({ request, url, endResponse }) {
      if (!isGraphqlPost(request, url)) return;
      const [media, ...params] = (request.headers.get('content-type') ?? '').split(';').map((x) => x.trim().toLowerCase());
      const charset = params.find((x) => x.startsWith('charset='))?.slice(8);
      if (media !== 'application/json' || (charset && charset !== 'utf-8')) {
        return endResponse(limitResponse(new LimitError('UNSUPPORTED_MEDIA_TYPE', 'send GraphQL requests as application/json in UTF-8', 415)));
      }
      if (Number(request.headers.get('content-length') ?? 0) > o.maxBytes) return endResponse(limitResponse(tooLarge()));
    },
    onRequestParse({ request, url, setRequestParser }) {
      if (!isGraphqlPost(request, url)) return;
      setRequestParser(async (req) => {
        // A chunked body has no content-length: its size is only known once read.
        const bytes = await req.arrayBuffer();
        if (bytes.byteLength > o.maxBytes) throw tooLarge();
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          throw new LimitError('INVALID_UTF8', 'the request body is not valid UTF-8');
        }
        let params: unknown;
        try {
          params = JSON.parse(text);
        } catch {
          throw new LimitError('BAD_REQUEST', 'the request body is not valid JSON');
        }
        // An array goes on to the batching refusal; null would crash the runtime's parameter check.
        if (typeof params !== 'object' || params === null) throw new LimitError('BAD_REQUEST', 'the request body must be a JSON object');
        return params as never;
      });
    },
  };
}
