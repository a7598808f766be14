import { GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo, type DirectiveNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { satisfiesScopes, scopesOf } from '@kassel-hub/protocol';
import { documentMemo } from '../document-memo';
import type { HubContext } from './auth.plugin';

/** The `@requiresScopes` alternatives of a field, from the supergraph's SDL. */
function requiredScopes(field: GraphQLField<unknown, unknown>): string[][] | null {
  const directive = field.astNode?.directives?.find((d: DirectiveNode) => d.name.value === 'requiresScopes');
  const arg = directive?.arguments?.find((a) => a.name.value === 'scopes')?.value;
  if (!arg || arg.kind !== Kind.LIST) return null;
  return arg.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []));
}

/** Fields of `document` the caller's scopes do not open, by name. */
function refusedFields(schema: GraphQLSchema, document: Parameters<typeof visit>[0], held: string[]): string[] {
  const typeInfo = new TypeInfo(schema);
  const refused: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const def = typeInfo.getFieldDef();
        const required = def && requiredScopes(def);
        if (required && !satisfiesScopes(held, required)) refused.push(`${typeInfo.getParentType()?.name}.${def.name}`);
      },
    }),
  );
  return refused;
}

/**
 * The gateway's coarse rules from the schema: a field marked `@requiresScopes` (reports, the
 * consent register, case work, the statutory release) is refused before planning when the caller's
 * partner and roles do not open it; nothing is sent upstream. Checked at execution, not in
 * validation, because the runtime caches validation per document, whoever sends it. The subgraphs
 * enforce their own, finer rules in any case.
 */
export function useSchemaScopes(): GatewayPlugin<HubContext> {
  // A repeated operation is walked once per kind of caller (set of scopes).
  const refusedFor = documentMemo<string[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const identity = (args.contextValue as HubContext).identity;
      const held = identity ? scopesOf(identity) : [];
      const refused = refusedFor(args.schema, args.document, [...held].sort().join(' '), () => refusedFields(args.schema, args.document, held));
      if (refused.length) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`not open to your partner or role: ${[...new Set(refused)].join(', ')}`, {
              extensions: { code: 'FORBIDDEN', http: { status: 403, spec: false } },
            }),
          ],
        });
      }
    },
  };
}
