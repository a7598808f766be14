import { Kind, validate, visit, type DocumentNode, type GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { documentMemo } from '../document-memo';
import { costRule } from './cost.rule';

/**
 * Checks the cost rule right before execution, where the variables are known (`first: $n`
 * counts as the `n` sent); nothing has been planned or sent upstream yet. It is not added to
 * validation because the runtime caches validation per document, whatever the variables.
 * The verdict depends only on the document and the values of the variables that size lists, so
 * it is remembered per document (the runtime's parse cache hands out one object per query text)
 * and those values.
 */
export function useCostLimit(o: { maxCost: number; listSize?: number }): GatewayPlugin {
  // One verdict per distinct set of `first` values sent with a document.
  const verdictFor = documentMemo<readonly GraphQLError[]>();
  const sizing = new WeakMap<DocumentNode, string[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let names = sizing.get(args.document);
      if (!names) sizing.set(args.document, (names = sizeVariables(args.document)));
      const key = JSON.stringify(names.map((n) => variables[n] ?? null));
      const errors = verdictFor(args.schema, args.document, key, () => validate(args.schema, args.document, [costRule({ ...o, variables })]));
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}

/** The variables a document passes as a `first` argument: the only ones the cost depends on. */
export function sizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}
