import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isOriginalGraphQLError } from './mask-error';

/**
 * graphql-js reports bad variable values ("Variable $p got invalid value …") without a code; the
 * hub promises a code on every error, so these become BAD_USER_INPUT.
 */
export function useErrorCodes(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if (!single.errors?.some((e) => !e.extensions?.code)) return;
      setResult({
        ...single,
        errors: single.errors.map((e) =>
          e.extensions?.code
            ? e
            : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: { ...e.extensions, code: isOriginalGraphQLError(e) ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }),
        ),
      } as typeof result);
    },
  };
}
