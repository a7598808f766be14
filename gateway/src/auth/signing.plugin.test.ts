import { describe, expect, it } from 'vitest';
import { verifyRequest, type Identity } from '@kassel-hub/protocol';
import { useUpstreamSigning } from './signing.plugin';

const identity: Identity = { sub: 'u1', partner: 'coordination', roles: ['caseworker'], purpose: null, caseRef: null };
const body = JSON.stringify({ query: '{ schools { id } }' });

/** Runs the plugin's onFetch and returns the headers it sent, or the response it ended with. */
function fetchThrough(headers: unknown, ctx: unknown = { identity }) {
  const plugin = useUpstreamSigning({ schools: 'secret-1' }, (url) => (url === 'http://schools/graphql' ? 'schools' : undefined));
  let sent: Record<string, string> | undefined;
  let ended: Response | undefined;
  (plugin.onFetch as (p: unknown) => void)({
    url: 'http://schools/graphql',
    options: { method: 'POST', body, headers },
    context: ctx,
    setOptions: (o: { headers: Record<string, string> }) => (sent = o.headers),
    endResponse: (r: Response) => (ended = r),
  });
  return { sent, ended };
}

describe('upstream signing', () => {
  it('signs what the subgraph verifies, keeping the runtime headers', () => {
    const { sent } = fetchThrough({ 'Content-Type': 'application/json', accept: 'application/json' });
    expect(sent!['content-type']).toBe('application/json');
    expect(sent!.accept).toBe('application/json');
    const verified = verifyRequest('secret-1', 'schools', (h) => sent![h], Buffer.from(body));
    expect(verified).toMatchObject({ ok: true, identity });
  });

  it('replaces signature headers sent in another case, from a plain object or a Headers', () => {
    for (const given of [{ 'X-Hub-Identity': 'forged', 'X-HUB-SIGNATURE': 'v1=00' }, new Headers({ 'X-Hub-Identity': 'forged' })]) {
      const { sent } = fetchThrough(given);
      expect(Object.keys(sent!).filter((k) => k.toLowerCase() === 'x-hub-identity')).toEqual(['x-hub-identity']);
      expect(sent!['x-hub-identity']).not.toBe('forged');
      expect(verifyRequest('secret-1', 'schools', (h) => sent![h], Buffer.from(body)).ok).toBe(true);
    }
  });

  it('never sends a request it cannot sign', () => {
    const { sent, ended } = fetchThrough({}, {});
    expect(sent).toBeUndefined();
    expect(ended!.status).toBe(500);
  });
});
