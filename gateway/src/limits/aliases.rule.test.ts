import { describe, expect, it } from 'vitest';
import { aliasesRule } from './aliases.rule';
import { check } from './test-schema';

const aliased = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: districts`).join(' ');

describe('alias rule', () => {
  it('up to the limit passes; one alias more is refused with TOO_MANY_ALIASES', () => {
    expect(check(`{ ${aliased(30)} }`, [aliasesRule(30)])).toEqual([]);
    const [error] = check(`{ ${aliased(31)} }`, [aliasesRule(30)]);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', http: { status: 400 } });
    expect(error.message).toBe('the operation uses 31 aliases; at most 30 are allowed');
  });

  it('aliases in a fragment count once per spread: an alias bomb through fragments is refused', () => {
    const q = `{ ...B ...B ...B ...B } fragment B on Query { ${aliased(10)} }`;
    expect(check(q, [aliasesRule(39)])[0].extensions.code).toBe('TOO_MANY_ALIASES');
    expect(check(q, [aliasesRule(40)])).toEqual([]);
  });

  it('aliases nested in fields count too', () => {
    expect(check('{ s: school(id: "1") { n: name p: pupils { m: name } } }', [aliasesRule(3)])).toHaveLength(1);
  });
});
