import { buildSchema, parse, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { useSchemaScopes } from './scopes.plugin';

const schema = buildSchema(`
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION
  type Query {
    districts: [String!]!
    report: Int @requiresScopes(scopes: [["partner:coordination", "role:analyst"]])
  }
`);

const identity = (partner: Identity['partner'], roles: Identity['roles']): Identity => ({ sub: 's', partner, roles, purpose: null, caseRef: null });

describe('schema scopes plugin', () => {
  it('decides per caller, also when the same document comes again from someone else', () => {
    const plugin = useSchemaScopes();
    const doc = parse('{ districts report }');
    const run = (who?: Identity) => {
      let errors: readonly GraphQLError[] | undefined;
      (plugin.onExecute as (p: unknown) => void)({ args: { schema, document: doc, contextValue: { identity: who } }, setResultAndStopExecution: (r: { errors: readonly GraphQLError[] }) => (errors = r.errors) });
      return errors?.map((e) => e.message) ?? [];
    };
    expect(run(identity('coordination', ['analyst']))).toEqual([]);
    expect(run(identity('schools', ['analyst']))).toEqual(['not open to your partner or role: Query.report']);
    expect(run(identity('coordination', ['caseworker']))).toEqual(['not open to your partner or role: Query.report']);
    expect(run(undefined)).toEqual(['not open to your partner or role: Query.report']);
    expect(run(identity('coordination', ['caseworker', 'analyst']))).toEqual([]);
    expect(run(identity('coordination', ['analyst']))).toEqual([]);
  });
});
