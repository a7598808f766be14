import { describe, expect, it } from 'vitest';
import { extendContext, type SubgraphExtension } from './extension';

const request = { identity: { sub: 'u', partner: 'schools', roles: ['caseworker'], purpose: null, caseRef: null }, owner: 'schools', requestId: 'r1' } as const;

describe('extendContext', () => {
  it("adds each extension's part, built for the request", () => {
    const ctx: Record<string, unknown> = { owner: 'schools' };
    const tally: SubgraphExtension<{ tally: string }> = { name: 'tally', requestContext: (r) => ({ tally: `${r.requestId}:${r.identity.partner}` }) };
    extendContext(ctx, [tally, { name: 'tables only' }], request);
    expect(ctx).toEqual({ owner: 'schools', tally: 'r1:schools' });
  });

  it("refuses an extension that would replace the kit's fields or another extension's", () => {
    expect(() => extendContext({ identity: request.identity }, [{ name: 'rogue', requestContext: () => ({ identity: null }) }], request)).toThrow(/rogue extension would replace the request context's identity/);
    const twice: SubgraphExtension = { name: 'twice', requestContext: () => ({ audit: 1 }) };
    expect(() => extendContext({}, [twice, twice], request)).toThrow(/replace the request context's audit/);
  });
});
