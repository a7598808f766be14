import {
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf, memoizeFragments } from './fragments';
import { LimitError } from './limit-error';

/** The size assumed for a list field whose size no `first` argument states. */
export const ASSUMED_LIST_SIZE = 10;

export interface CostOptions {
  maxCost: number;
  listSize?: number;
  /** The request's variables, so that `first: $n` counts as the `n` actually sent. */
  variables?: Record<string, unknown>;
}

/**
 * A static estimate of the rows an operation can make the partners read: each field costs 1 plus
 * its selection, and a list field multiplies that by its size: the `first` argument (as sent, or
 * its schema default), else `listSize`. Introspection fields (`__schema`, `__typename`, …) cost
 * nothing: the gateway answers them from its own copy of the schema, never upstream.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  o: Omit<CostOptions, 'maxCost'> = {},
): number {
  const listSize = o.listSize ?? ASSUMED_LIST_SIZE;
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue ? valueFromASTUntyped(v.defaultValue) : undefined]),
  );
  const variable = (name: string) => (o.variables && name in o.variables ? o.variables[name] : defaults.get(name));

  function sizeOf(node: FieldNode, def: GraphQLField<unknown, unknown>): number {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    const value = arg
      ? arg.value.kind === Kind.VARIABLE ? variable(arg.value.name.value) : valueFromASTUntyped(arg.value)
      : def.args.find((a) => a.name === 'first')?.defaultValue;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : listSize;
  }

  const fragmentCost = memoizeFragments(fragmentsOf(document), 0, (f) => costOf(f.selectionSet, schema.getType(f.typeCondition.name.value)));
  function costOf(set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined | null): number {
    let total = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) total += fragmentCost(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) total += costOf(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      else if (!sel.name.value.startsWith('__') && (isObjectType(parent) || isInterfaceType(parent))) {
        const def = parent.getFields()[sel.name.value];
        // An unknown field is reported by the standard FieldsOnCorrectType rule.
        if (def) total += multiplier(sel, def) * (1 + costOf(sel.selectionSet, getNamedType(def.type)));
      }
    }
    return total;
  }

  /** The product of the field's list sizes: `first` sizes the outer list, `listSize` any inner one. */
  function multiplier(node: FieldNode, def: GraphQLField<unknown, unknown>): number {
    let m = 1;
    let outer = true;
    for (let t = def.type; ; ) {
      if (isNonNullType(t)) t = t.ofType;
      else if (isListType(t)) {
        m *= outer ? sizeOf(node, def) : listSize;
        outer = false;
        t = t.ofType;
      } else return m;
    }
  }

  return costOf(operation.selectionSet, schema.getRootType(operation.operation));
}

/** Refuses operations whose estimated cost (see `operationCost`) exceeds `maxCost`. */
export function costRule(o: CostOptions): ValidationRule {
  return function QueryCostRule(context: ValidationContext): ASTVisitor {
    return {
      OperationDefinition(node) {
        const cost = operationCost(context.getSchema(), context.getDocument(), node, o);
        if (cost > o.maxCost) {
          context.reportError(
            new LimitError(
              'QUERY_TOO_COSTLY',
              `the operation's estimated cost is ${cost}; at most ${o.maxCost} is allowed (each field costs 1; a list multiplies its fields by \`first\`, or by ${o.listSize ?? ASSUMED_LIST_SIZE} without it)`,
            ),
          );
        }
        return false;
      },
    };
  };
}
