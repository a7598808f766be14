import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { LimitError } from './limit-error';

/**
 * Refuses a JSON array of operations. The runtime already refuses batches when `batching` is off,
 * but with a generic BAD_REQUEST; this says why. Batches would multiply every other limit (and
 * the rate limit, which counts HTTP requests) by the batch size.
 */
export function useNoBatching(): GatewayPlugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult)) {
            throw new LimitError('BATCHING_NOT_ALLOWED', 'batched requests are not accepted: send one operation per request');
          }
        },
      };
    },
  };
}
