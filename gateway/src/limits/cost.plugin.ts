import { validate } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { costRule } from './cost.rule';

/**
 * Checks the cost rule right before execution, where the variables are known (`first: $n`
 * counts as the `n` sent); nothing has been planned or sent upstream yet. It is not added to
 * validation because the runtime caches validation per document, whatever the variables.
 */
export function useCostLimit(o: { maxCost: number; listSize?: number }): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const errors = validate(args.schema, args.document, [costRule({ ...o, variables })]);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
