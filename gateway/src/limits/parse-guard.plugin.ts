import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { LimitError } from './limit-error';

/**
 * graphql-js parses recursively: brackets nested a few thousand deep overflow the stack before
 * the token limit is reached. That is the client's fault (400), not an internal error (500).
 * Subscriptions are refused the same way: the hub's schema has none.
 */
export function useParseGuard(): GatewayPlugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (err) {
          if (err instanceof RangeError) throw new LimitError('QUERY_TOO_DEEP', 'the document is nested too deeply to be parsed');
          throw err;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        OperationDefinition(node: OperationDefinitionNode) {
          if (node.operation === 'subscription') context.reportError(new GraphQLError('the hub has no subscriptions', { extensions: { code: 'OPERATION_NOT_SUPPORTED' } }));
        },
      }));
    },
  };
}
