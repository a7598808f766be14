import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { LimitError } from './limit-error';

/** graphql-js's own message when `maxTokens` is exceeded (it spells it "more that" in v16). */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

/**
 * Parses with graphql-js's `maxTokens`, so that the parser stops as soon as a document has too
 * many tokens instead of building a huge AST first; the parser's syntax error becomes TOO_MANY_TOKENS.
 */
export function useTokenLimit(maxTokens: number): GatewayPlugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens });
        } catch (err) {
          if (err instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(err.message)) {
            throw new LimitError('TOO_MANY_TOKENS', `the query has more than ${maxTokens} tokens; at most ${maxTokens} are allowed`);
          }
          throw err;
        }
      });
    },
  };
}
