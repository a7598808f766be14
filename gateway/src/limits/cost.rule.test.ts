import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQuery } from '../example';
import { costRule, operationCost } from './cost.rule';
import { check, testSchema } from './test-schema';

const cost = (query: string, variables?: Record<string, unknown>, schema = testSchema) => {
  const doc = parse(query);
  return operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode, { variables });
};

describe('cost rule', () => {
  it('each field costs 1; a list without `first` counts 10 times', () => {
    expect(cost('{ school(id: "1") { name } }')).toBe(2);
    expect(cost('{ districts }')).toBe(10);
    expect(cost('{ allSchools { name } }')).toBe(20);
  });

  it('`first` sizes a list: as a literal, as a variable sent, as the variable default, as the schema default', () => {
    expect(cost('{ allSchools(first: 3) { name } }')).toBe(6);
    expect(cost('query ($n: Int) { allSchools(first: $n) { name } }', { n: 100 })).toBe(200);
    expect(cost('query ($n: Int = 4) { allSchools(first: $n) { name } }')).toBe(8);
    // School.pupils(first: Int = 50)
    expect(cost('{ school(id: "1") { pupils { name } } }')).toBe(1 + 50 * 2);
  });

  it('nested lists multiply; inner lists of a list type count 10 each', () => {
    expect(cost('{ allSchools(first: 2) { pupils(first: 3) { name } } }')).toBe(2 * (1 + 3 * 2));
    expect(cost('{ school(id: "1") { pupils(first: 1) { grades } } }')).toBe(1 + 1 * (1 + 10 * 10));
  });

  it('fragments cost what they select; introspection and __typename are free (answered by the gateway)', () => {
    expect(cost('{ allSchools(first: 2) { ...N } } fragment N on School { name __typename }')).toBe(4);
    expect(cost(getIntrospectionQuery())).toBe(0);
  });

  it('refuses an operation over the limit with QUERY_TOO_COSTLY, and says how cost is counted', () => {
    expect(check('{ allSchools(first: 2) { name } }', [costRule({ maxCost: 4 })])).toEqual([]);
    const [error] = check('{ allSchools(first: 2) { name } }', [costRule({ maxCost: 3 })]);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', http: { status: 400 } });
    expect(error.message).toMatch(/estimated cost is 4; at most 3 is allowed/);
  });

  it("the README's example and the hub's widest fan-out query stay under the default of 5,000", () => {
    // The supergraph's types and fields are those of the API schema; its join directives are defined in it.
    const supergraph = buildSchema(readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
    const rule = costRule({ maxCost: 5000 });
    expect(validate(supergraph, parse(exampleQuery), [rule])).toEqual([]);
    const fanOut = `query ($ps: [ID!]!) { youths(pseudonyms: $ps) {
      pseudonym district { name } transitionCase { outcome } welfareMeasures { measure }
      schoolLeaving { qualification school { name hasTransitionManager district { name } } } orientationActivities { kind company { name } }
      guidanceContacts { date wish { title } } applications { outcome target { title } } measures { measure } receivesSgb2
      trainingContracts { startDate company { name district { name } occupations { title } } occupation { title } }
    } }`;
    expect(validate(supergraph, parse(fanOut), [rule])).toEqual([]);
    expect(cost(fanOut, {}, supergraph)).toBeLessThanOrEqual(5000);
  });
});
