import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { depthRule } from './depth.rule';
import { check } from './test-schema';

describe('depth rule', () => {
  it('a query exactly at the limit passes, one level deeper is refused with QUERY_TOO_DEEP', () => {
    const q3 = '{ school(id: "1") { pupils { name } } }';
    expect(check(q3, [depthRule(3)])).toEqual([]);
    const [error] = check(q3, [depthRule(2)]);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', http: { status: 400 } });
    expect(error.message).toBe('the operation is nested 3 levels deep; at most 2 are allowed');
  });

  it('hiding levels in fragments and inline fragments does not hide them from the count', () => {
    const q = `{ school(id: "1") { ...P } }
      fragment P on School { pupils { ... on Pupil { school { ...S } } } }
      fragment S on School { name }`;
    // school > pupils > school > name
    expect(check(q, [depthRule(3)])).toHaveLength(1);
    expect(check(q, [depthRule(4)])).toEqual([]);
  });

  it('a fragment cycle does not hang the rule (the standard rules report the cycle)', () => {
    const q = '{ school(id: "1") { ...A } } fragment A on School { pupils { school { ...A } } }';
    expect(check(q, [depthRule(12)])).toEqual([]);
  });

  it("GraphiQL's introspection query fits the default of 12: `ofType` nesting is not counted", () => {
    expect(check(getIntrospectionQuery(), [depthRule(12)])).toEqual([]);
  });

  it('a deep recursive query is measured quickly, even when fragments fan out exponentially', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on School { pupils { school { ...F${i + 1} ...F${i + 1} } } }`);
    const q = `{ school(id: "1") { ...F0 } } ${fragments.join('\n')} fragment F40 on School { name }`;
    const started = Date.now();
    const [error] = check(q, [depthRule(12)]);
    expect(error.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
