import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { sanitizeError, type SanitizeOptions } from './sanitize';

/**
 * Passes every error of every answer through `sanitizeError`: subgraph errors, validation errors
 * (which never reach `maskedErrors`) and the gateway's own. The runtime has no batching and no
 * subscriptions here, so every result is a single object.
 */
export function useErrorFormatting(o: SanitizeOptions): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as { errors?: readonly Parameters<typeof sanitizeError>[0][] };
      if (!single.errors?.length) return;
      setResult({ ...single, errors: single.errors.map((e) => sanitizeError(e, o)) } as typeof result);
    },
  };
}
