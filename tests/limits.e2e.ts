import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@kassel-hub/kit';
import { generate } from '@kassel-hub/datagen';
import { exampleQuery } from '../gateway/src/example';
import { documentId } from '../gateway/src/limits/trusted-documents';
import { subgraphByName } from '@kassel-hub/registry';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';
import { leaksInternals, postRaw, type GraphQLResponse } from './support/http';
import { startTestSubgraph } from './support/subgraph';

const world = generate({ seed: 2014, scale: 0.05 });
/** A young person every partner knows: a training contract implies school and guidance records. */
const pseudonym = world.contracts[0].pseudonym;

/** `n` copies of `field` under aliases a0, a1, … */
const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

describe('limits at the gateway: each refusal is clear and nothing runs upstream', () => {
  let hub: TestHub;
  let asCity: Record<string, string>;
  /** Every response these tests received, checked at the end for leaked internals. */
  const seen: GraphQLResponse[] = [];
  const record = async (r: Promise<GraphQLResponse>) => {
    const res = await r;
    seen.push(res);
    return res;
  };
  const ask = (query: string, variables?: Record<string, unknown>, headers = asCity, gw: Pick<TestGateway, 'query'> = hub) =>
    record(gw.query(query, variables, headers));

  /** Runs `fn` and returns the SQL statements all four partners executed meanwhile. */
  async function sqlDuring<T>(fn: () => Promise<T>): Promise<[T, number]> {
    const counters = Object.values(hub.subgraphs).map((s) => countStatements(s.subgraph.orm));
    try {
      const result = await fn();
      return [result, counters.reduce((n, c) => n + c.count, 0)];
    } finally {
      counters.forEach((c) => c.stop());
    }
  }

  beforeAll(async () => {
    hub = await startTestHub({ scale: 0.05 });
    asCity = await hub.as('municipality', ['caseworker'], 'TRANSITION_SUPPORT');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('a query nested deeper than the limit gets 400 QUERY_TOO_DEEP before any partner is asked', async () => {
    // The hub's schema has no cycles: its deepest path is 5 fields, far below the default of 12
    // (which the unit tests cover), so this gateway allows 4.
    const strict = await hub.startGateway({ GATEWAY_MAX_DEPTH: '4' });
    const deep = `query ($p: ID!) { youth(pseudonym: $p) { trainingContracts { company { district { name } } } } }`;
    const [ok, sqlOk] = await sqlDuring(() => ask(`query ($p: ID!) { youth(pseudonym: $p) { trainingContracts { company { name } } } }`, { p: pseudonym }, asCity, strict));
    expect(ok.status).toBe(200);
    expect(sqlOk).toBeGreaterThan(0);
    const [{ status, body }, sql] = await sqlDuring(() => ask(deep, { p: pseudonym }, asCity, strict));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: 'the operation is nested 5 levels deep; at most 4 are allowed', extensions: { code: 'QUERY_TOO_DEEP' } }]);
    expect(sql).toBe(0);
  });

  it('an alias bomb (31 copies of a person lookup) gets 400 TOO_MANY_ALIASES and no SQL', async () => {
    const field = `youth(pseudonym: "${pseudonym}") { district { name } }`;
    const [ok, sqlOk] = await sqlDuring(() => ask(`{ ${aliased(30, field)} }`));
    expect(ok.status).toBe(200);
    expect(sqlOk).toBeGreaterThan(0);
    const [{ status, body }, sql] = await sqlDuring(() => ask(`{ ${aliased(31, field)} }`));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'the operation uses 31 aliases; at most 30 are allowed', extensions: { code: 'TOO_MANY_ALIASES' } }]);
    expect(sql).toBe(0);
  });

  it('an oversized document (over 50 KB) gets 413 DOCUMENT_TOO_LARGE before it is parsed', async () => {
    // A comment is no token and costs nothing to run: only the size can refuse this document.
    const query = `# ${'x'.repeat(51 * 1024)}\n{ districts { code } }`;
    const [{ status, body }, sql] = await sqlDuring(() => ask(query));
    expect(status).toBe(413);
    expect(body.errors?.[0].extensions).toEqual({ code: 'DOCUMENT_TOO_LARGE' });
    expect(body.errors?.[0].message).toMatch(/at most 51200 are allowed/);
    expect(sql).toBe(0);
  });

  it('a document of more than 3,000 tokens gets 400 TOO_MANY_TOKENS and no SQL', async () => {
    const fields = (n: number) => `{ districts { ${'code '.repeat(n)}} }`; // 5 tokens besides the fields, counting the end
    expect((await ask(fields(2995))).status).toBe(200);
    const [{ status, body }, sql] = await sqlDuring(() => ask(fields(2996)));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'the query has more than 3000 tokens; at most 3000 are allowed', extensions: { code: 'TOO_MANY_TOKENS' } }]);
    expect(sql).toBe(0);
  });

  it('a costly report (500 companies × their occupations) gets 400 QUERY_TOO_COSTLY; `first` as a variable counts as sent', async () => {
    const query = `query ($n: Int!) { companies(first: $n) { name occupations { title } } }`;
    const [ok, sqlOk] = await sqlDuring(() => ask(query, { n: 5 }));
    expect(ok.status).toBe(200);
    expect(ok.body.data.companies).toHaveLength(5);
    expect(sqlOk).toBeGreaterThan(0);
    const [{ status, body }, sql] = await sqlDuring(() => ask(query, { n: 500 }));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COSTLY' });
    expect(body.errors?.[0].message).toMatch(/estimated cost is 11000; at most 5000 is allowed/);
    expect(sql).toBe(0);
  });

  it('a batched request (a JSON array) gets 400 BATCHING_NOT_ALLOWED and none of its operations runs', async () => {
    const batch = JSON.stringify([{ query: '{ districts { code } }' }, { query: '{ schools { name } }' }]);
    const [{ status, body }, sql] = await sqlDuring(() => record(postRaw(hub.gateway.url, batch, asCity)));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'batched requests are not accepted: send one operation per request', extensions: { code: 'BATCHING_NOT_ALLOWED' } }]);
    expect(sql).toBe(0);
  });

  it('a partner system in a retry loop gets 429 RATE_LIMITED with Retry-After after its burst; other clients go on', async () => {
    const limited = await hub.startGateway({ GATEWAY_RATE_LIMIT_PER_SECOND: '0.2', GATEWAY_RATE_LIMIT_BURST: '3' });
    const asLoop = await hub.as('employment', ['system']);
    const query = '{ districts { code } }';
    for (let i = 0; i < 3; i++) expect((await ask(query, undefined, asLoop, limited)).status).toBe(200);
    const [refused, sql] = await sqlDuring(async () => {
      const res = await fetch(limited.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...asLoop }, body: JSON.stringify({ query }) });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as GraphQLResponse['body'] };
    });
    seen.push(refused);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(refused.body.errors?.[0].message).toMatch(/retry after \d+ s/);
    expect(sql).toBe(0);
    expect((await ask(query, undefined, asCity, limited)).status).toBe(200);
  });

  it('in production a caseworker cannot introspect (403 INTROSPECTION_DISABLED), an admin can; in development everyone can', async () => {
    // Production refuses the dev key, so only the flag is switched: it alone decides introspection.
    const production = await hub.startGateway({}, { production: true });
    const introspect = '{ __schema { queryType { name } } }';
    const refused = await ask(introspect, undefined, asCity, production);
    expect(refused.status).toBe(403);
    expect(refused.body.data).toBeUndefined();
    expect(new Set(refused.body.errors?.map((e) => e.extensions.code))).toEqual(new Set(['INTROSPECTION_DISABLED']));
    expect(refused.body.errors?.[0].message).toMatch(/^introspection is disabled \(the query asks for "__schema"\)/);
    const typeProbe = await ask('{ __type(name: "Youth") { fields { name } } }', undefined, asCity, production);
    expect(typeProbe.body.errors?.[0].extensions.code).toBe('INTROSPECTION_DISABLED');

    const asAdmin = await hub.as('coordination', ['admin']);
    const admitted = await ask(introspect, undefined, asAdmin, production);
    expect(admitted.status).toBe(200);
    expect(admitted.body.data.__schema.queryType.name).toBe('Query');

    expect((await ask(introspect)).body.data.__schema.queryType.name).toBe('Query');
  });

  it('in production a mistyped field is refused without "Did you mean" (which spells out the schema)', async () => {
    const production = await hub.startGateway({}, { production: true });
    const mistyped = '{ youthh(pseudonym: "x") { pseudonym } }';
    const prod = await ask(mistyped, undefined, asCity, production);
    expect(prod.body.errors?.[0].message).toBe('Cannot query field "youthh" on type "Query".');
    const dev = await ask(mistyped);
    expect(dev.body.errors?.[0].message).toMatch(/Did you mean "youth"/);
  });

  describe('trusted-documents mode', () => {
    let trusted: TestGateway;
    let asSystem: Record<string, string>;
    beforeAll(async () => {
      trusted = await hub.startGateway({ GATEWAY_TRUSTED_DOCUMENTS: resolve(__dirname, '../gateway/trusted-documents.example.json') });
      asSystem = await hub.as('municipality', ['system'], 'TRANSITION_SUPPORT');
    });

    it('a partner system sending an unregistered query gets 400 PERSISTED_QUERY_ONLY and nothing runs', async () => {
      const [{ status, body }, sql] = await sqlDuring(() => ask('{ districts { code name population } }', undefined, asSystem, trusted));
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toEqual({ code: 'PERSISTED_QUERY_ONLY' });
      expect(sql).toBe(0);
    });

    it("a partner system sending the registered README example, by id or as text, gets the young person's data", async () => {
      const id = documentId(exampleQuery);
      const byId = await record(postRaw(trusted.gateway.url, JSON.stringify({ documentId: id, variables: { pseudonym } }), asSystem));
      expect(byId.status).toBe(200);
      expect(byId.body.data.youth.pseudonym).toBe(pseudonym);
      const byText = await ask(exampleQuery, { pseudonym }, asSystem, trusted);
      expect(byText.status).toBe(200);
      expect(byText.body.data.youth.pseudonym).toBe(pseudonym);
    });

    it('an unknown document id gets 400 UNKNOWN_DOCUMENT and nothing runs', async () => {
      const body = JSON.stringify({ documentId: documentId('{ districts { code } }') });
      const [res, sql] = await sqlDuring(() => record(postRaw(trusted.gateway.url, body, asSystem)));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toEqual({ code: 'UNKNOWN_DOCUMENT' });
      expect(sql).toBe(0);
    });

    it('a caseworker is not restricted by the mode', async () => {
      const { status, body } = await ask('{ districts { code } }', undefined, asCity, trusted);
      expect(status).toBe(200);
      expect(body.data.districts.length).toBeGreaterThan(0);
    });
  });

  it("a subgraph's error reaches the client with its code and argument only, not the subgraph's name", async () => {
    const { status, body } = await ask('{ youth(pseudonym: "Anna-2007-03-01") { pseudonym } }');
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions).toEqual({ code: 'INVALID_PSEUDONYM', argument: 'pseudonym' });
  });

  it("a stopped partner yields PARTNER_UNAVAILABLE naming it, with HTTP 200 and the other partners' data", async () => {
    // A schools subgraph of its own, so that stopping it leaves the shared hub intact.
    const schools = await startTestSubgraph(subgraphByName('schools'), 0.05);
    let stopped = false;
    try {
      const gw = await hub.startGateway({ SCHOOLS_URL: schools.subgraph.url, SCHOOLS_SIGNING_SECRET: schools.secret });
      // An employment caseworker: its own guidance records need no consent. The schools partner is
      // asked twice: for a school (a root field) and for the young person's school leaving (an entity).
      const asAgency = await hub.as('employment', ['caseworker'], 'CAREER_GUIDANCE');
      const school = world.schools[0];
      const query = `query ($p: ID!, $s: ID!) {
        districts { code }
        companies(first: 2) { name }
        school(id: $s) { name }
        youth(pseudonym: $p) { pseudonym guidanceContacts { date } schoolLeaving { cohortYear } }
      }`;
      const before = await ask(query, { p: pseudonym, s: school.id }, asAgency, gw);
      expect(before.body.data.school.name).toBe(school.name);
      await schools.subgraph.stop();
      stopped = true;

      const { status, body } = await ask(query, { p: pseudonym, s: school.id }, asAgency, gw);
      expect(status).toBe(200);
      expect(body.errors?.length).toBeGreaterThanOrEqual(2);
      for (const e of body.errors ?? []) expect(e).toMatchObject({ message: 'the schools partner is not reachable', extensions: { code: 'PARTNER_UNAVAILABLE' } });
      expect(body.errors?.map((e) => e.path[0]).sort()).toEqual(['school', 'youth']);
      expect(body.data.school).toBeNull();
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.data.districts).toHaveLength(23);
      expect(body.data.companies).toHaveLength(2);
      expect(body.data.youth.guidanceContacts).toHaveLength(world.guidance.filter((g) => g.pseudonym === pseudonym).length);
    } finally {
      await (stopped ? schools.database.drop() : schools.stop());
    }
  });

  it('no answer in this file carried a stack trace, an upstream URL or a subgraph name', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const { body } of seen) {
      expect(leaksInternals(body.errors)).toBe(false);
      expect(JSON.stringify(body.errors ?? [])).not.toMatch(/https?:\/\/|127\.0\.0\.1|localhost|serviceName|ECONNREFUSED|_entities/);
    }
  });
});
