import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { LimitError } from './limit-error';

/**
 * Refuses query text longer than `maxBytes` (UTF-8) with 413, before it is parsed: parsing is
 * the first work a request costs, and no legitimate operation of the hub comes near the limit.
 */
export function useDocumentSizeLimit(maxBytes: number): GatewayPlugin {
  return {
    onParams({ params }) {
      if (typeof params.query !== 'string') return;
      const bytes = Buffer.byteLength(params.query, 'utf8');
      if (bytes > maxBytes) {
        throw new LimitError('DOCUMENT_TOO_LARGE', `the query text is ${bytes} bytes long; at most ${maxBytes} are allowed`, 413);
      }
    },
  };
}
