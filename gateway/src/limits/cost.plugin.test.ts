import { parse, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sizeVariables, useCostLimit } from './cost.plugin';
import { testSchema } from './test-schema';

/** Runs the plugin's hook as the runtime would and returns the errors it stopped execution with. */
function runner(maxCost: number) {
  const plugin = useCostLimit({ maxCost });
  return (document: ReturnType<typeof parse>, variableValues: Record<string, unknown>) => {
    let errors: readonly GraphQLError[] | undefined;
    const onExecute = plugin.onExecute as (p: unknown) => void;
    onExecute({ args: { schema: testSchema, document, variableValues }, setResultAndStopExecution: (r: { errors: readonly GraphQLError[] }) => (errors = r.errors) });
    return errors?.map((e) => e.extensions.code) ?? [];
  };
}

describe('cost limit plugin', () => {
  it('finds the variables that size lists, in fragments too', () => {
    const doc = parse('query ($a: Int, $b: Int, $id: ID!) { school(id: $id) { ...P } allSchools(first: $a) { name } } fragment P on School { pupils(first: $b) { name } }');
    expect(sizeVariables(doc)).toEqual(['a', 'b']);
  });

  it('judges each `first` value sent with a document on its own, however often the document comes', () => {
    const run = runner(20);
    const doc = parse('query ($n: Int) { allSchools(first: $n) { name } }');
    expect(run(doc, { n: 5 })).toEqual([]);
    expect(run(doc, { n: 50 })).toEqual(['QUERY_TOO_COSTLY']);
    expect(run(doc, { n: 5 })).toEqual([]);
    expect(run(doc, { n: 50 })).toEqual(['QUERY_TOO_COSTLY']);
    expect(run(doc, {})).toEqual([]); // 10 assumed: 20
  });

  it('gives the same verdict whatever the variables that do not size a list', () => {
    const run = runner(20);
    const doc = parse('query ($id: ID!) { school(id: $id) { pupils { name } } }');
    expect(run(doc, { id: '1' })).toEqual(['QUERY_TOO_COSTLY']); // 1 + 50 * 2
    expect(run(doc, { id: '2' })).toEqual(['QUERY_TOO_COSTLY']);
  });
});
