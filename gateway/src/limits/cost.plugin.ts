import { Kind, validate, visit, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { costRule } from './cost.rule';

/** Most verdicts kept per document (one per distinct set of `first` values sent with it). */
const VERDICTS_PER_DOCUMENT = 100;

/**
 * Checks the cost rule right before execution, where the variables are known (`first: $n`
 * counts as the `n` sent); nothing has been planned or sent upstream yet. It is not added to
 * validation because the runtime caches validation per document, whatever the variables.
 * The verdict depends only on the document and the values of the variables that size lists, so
 * it is remembered per document (the runtime's parse cache hands out one object per query text)
 * and those values.
 */
export function useCostLimit(o: { maxCost: number; listSize?: number }): GatewayPlugin {
  const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>>();
  const sizing = new WeakMap<DocumentNode, string[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let names = sizing.get(args.document);
      if (!names) sizing.set(args.document, (names = sizeVariables(args.document)));
      const key = JSON.stringify(names.map((n) => variables[n] ?? null));
      let byDocument = verdicts.get(args.schema);
      if (!byDocument) verdicts.set(args.schema, (byDocument = new WeakMap()));
      let byKey = byDocument.get(args.document);
      if (!byKey) byDocument.set(args.document, (byKey = new Map()));
      let errors = byKey.get(key);
      if (!errors) {
        errors = validate(args.schema, args.document, [costRule({ ...o, variables })]);
        if (byKey.size >= VERDICTS_PER_DOCUMENT) byKey.clear();
        byKey.set(key, errors);
      }
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
