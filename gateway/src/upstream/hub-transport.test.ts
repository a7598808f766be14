import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parse, type GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyRequest, type Identity } from '@kassel-hub/protocol';
import { hubTransport, type HubTransportOptions } from './hub-transport';

/*
 * The gateway's subgraph calls against real HTTP servers standing in for a partner: what the partner
 * receives must verify with its own check, and every way a partner can fail (down, hanging, garbage,
 * an error status) must come back with the code that names the partner to the client.
 */
const SECRET = 's'.repeat(40);
const identity: Identity = { sub: 'u1', partner: 'coordination', roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT', caseRef: null };
const query = parse('query ($p: ID!) { youth(pseudonym: $p) { pseudonym } }');
const mutation = parse('mutation { grantConsent { id } }');

interface Received {
  body: Buffer;
  headers: IncomingMessage['headers'];
}

/** A partner on a free port: `answer` decides each response; every request's bytes are kept. */
async function partner(answer: (req: Received, res: ServerResponse, n: number) => void) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { body: Buffer.concat(chunks), headers: req.headers };
      received.push(r);
      answer(r, res, received.length);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  };
  stops.push(stop);
  return { url, received, stop };
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** The executor the runtime would get for the `schools` subgraph at `url`. */
function executorFor(url: string, o: Partial<HubTransportOptions> = {}) {
  const transport = hubTransport({
    secrets: { schools: SECRET },
    subgraphOfUrl: (u) => (u === url ? 'schools' : undefined),
    timeoutMs: () => 2000,
    retries: 0,
    retryDelayMs: 10,
    ...o,
  });
  const executor = transport.getSubgraphExecutor({ transportEntry: { kind: 'http', subgraph: 'schools', location: url }, subgraphName: 'schools' } as never) as (
    r: unknown,
  ) => Promise<{ data?: unknown; errors?: readonly GraphQLError[] }>;
  return (document = query, context: unknown = { identity }, signal?: AbortSignal) => executor({ document, variables: { p: 'YWJ4QHJM01RZX' }, context, signal });
}

const codes = (r: { errors?: readonly GraphQLError[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('the hub transport', () => {
  it('sends a body that verifies with the partner\'s own signature check, naming the caller, and hands back the partner\'s data', async () => {
    const p = await partner((r, res) => {
      const verified = verifyRequest(SECRET, 'schools', (h) => r.headers[h] as string | undefined, r.body);
      json(res, 200, verified.ok ? { data: { youth: { pseudonym: 'YWJ4QHJM01RZX', signedFor: verified.identity.sub } } } : { errors: [{ message: verified.reason }] });
    });
    const call = executorFor(p.url);
    const result = await call();
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ youth: { pseudonym: 'YWJ4QHJM01RZX', signedFor: 'u1' } });
    const sent = JSON.parse(p.received[0]!.body.toString('utf8'));
    expect(sent).toEqual({ query: expect.stringContaining('youth(pseudonym: $p)'), variables: { p: 'YWJ4QHJM01RZX' } });
    expect(p.received[0]!.headers['content-length']).toBe(String(p.received[0]!.body.length));
    // Another call (same document, printed once) carries a fresh nonce: the partner accepts each once.
    await call();
    expect(p.received[1]!.headers['x-hub-nonce']).not.toBe(p.received[0]!.headers['x-hub-nonce']);
  });

  it('a signature made for another partner, or over other bytes, does not verify (the check above can fail)', async () => {
    const p = await partner((_r, res) => json(res, 200, { data: {} }));
    await executorFor(p.url)();
    const r = p.received[0]!;
    expect(verifyRequest(SECRET, 'chambers', (h) => r.headers[h] as string | undefined, r.body)).toMatchObject({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifyRequest(SECRET, 'schools', (h) => r.headers[h] as string | undefined, Buffer.concat([r.body, Buffer.from(' ')]))).toMatchObject({ ok: false });
  });

  it('without a caller identity nothing is sent', async () => {
    const p = await partner((_r, res) => json(res, 200, { data: {} }));
    const result = await executorFor(p.url)(query, {});
    expect(codes(result)).toEqual(['UPSTREAM_NOT_SIGNED']);
    expect(p.received).toHaveLength(0);
  });

  it('a partner that is down is SUBREQUEST_HTTP_ERROR (named unreachable to the client)', async () => {
    const p = await partner(() => undefined);
    await p.stop();
    const result = await executorFor(p.url)();
    expect(codes(result)).toEqual(['SUBREQUEST_HTTP_ERROR']);
    expect(result.errors![0]!.originalError).toBeDefined();
  });

  it('a hanging partner is cut off by the per-call timeout, each attempt with its own, and a query is retried with a growing pause', async () => {
    const p = await partner(() => undefined);
    const started = Date.now();
    const result = await executorFor(p.url, { timeoutMs: () => 150, retries: 2, retryDelayMs: 40 })();
    const elapsed = Date.now() - started;
    expect(codes(result)).toEqual(['TIMEOUT_ERROR']);
    expect(p.received).toHaveLength(3);
    // 3 x 150 ms plus pauses of 50 and 62.5 ms.
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2500);
  });

  it('a mutation is sent once, whatever the retries, even when the partner fails', async () => {
    const p = await partner((_r, res) => json(res, 503, 'unavailable'));
    const result = await executorFor(p.url, { retries: 3 })(mutation);
    expect(codes(result)).toEqual(['RESPONSE_VALIDATION_FAILED']);
    expect(p.received).toHaveLength(1);
  });

  it('a query that fails with 503 is retried and the later answer is used', async () => {
    const p = await partner((_r, res, n) => (n === 1 ? json(res, 503, { errors: [{ message: 'db down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }) : json(res, 200, { data: { youth: null } })));
    const result = await executorFor(p.url, { retries: 1 })();
    expect(result).toEqual({ data: { youth: null } });
    expect(p.received).toHaveLength(2);
  });

  it("a partner's own errors pass through as its errors (code kept, not retried on 200), also with an error status", async () => {
    const p = await partner((_r, res, n) =>
      json(res, n === 1 ? 200 : 503, { data: n === 1 ? { youth: null } : null, errors: [{ message: 'refused', path: ['youth'], extensions: { code: n === 1 ? 'CONSENT_REQUIRED' : 'DATABASE_UNAVAILABLE' } }] }),
    );
    const call = executorFor(p.url, { retries: 0 });
    const first = await call();
    expect(codes(first)).toEqual(['CONSENT_REQUIRED']);
    expect(first.errors![0]!.path).toEqual(['youth']);
    expect(first.errors![0]!.originalError).toBeUndefined();
    expect(codes(await call())).toEqual(['DATABASE_UNAVAILABLE']);
    expect(p.received).toHaveLength(2);
  });

  it('garbage, an empty body, or JSON without data and errors is RESPONSE_VALIDATION_FAILED (named an invalid response)', async () => {
    const answers = ['<html>oops</html>', '', '{"hello":1}', '[1,2]'];
    const p = await partner((_r, res, n) => json(res, 200, answers[n - 1]!));
    const call = executorFor(p.url);
    for (const _ of answers) expect(codes(await call())).toEqual(['RESPONSE_VALIDATION_FAILED']);
  });

  it('a connection reset mid-answer is SUBREQUEST_HTTP_ERROR, and the next call gets a fresh connection', async () => {
    const p = await partner((_r, res, n) => {
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"data":');
        setTimeout(() => res.socket?.destroy(), 20);
      } else json(res, 200, { data: { ok: true } });
    });
    const call = executorFor(p.url);
    expect(codes(await call())).toEqual(['SUBREQUEST_HTTP_ERROR']);
    expect(await call()).toEqual({ data: { ok: true } });
  });

  it("the caller's cancellation ends the call at once and is not retried", async () => {
    const p = await partner(() => undefined);
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const started = Date.now();
    const result = await executorFor(p.url, { retries: 3, timeoutMs: () => 5000 })(query, { identity }, ctrl.signal);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(codes(result)).toEqual(['SUBREQUEST_HTTP_ERROR']);
    expect(p.received).toHaveLength(1);
  });
});
