import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { startTestHub, type TestHub } from './support/hub';

/*
 * A few hundred generated malformed and hostile requests against the gateway, from a seeded PRNG
 * (a failure names its seed and index, so it can be replayed). Each must be refused with a 4xx or
 * a GraphQL error with a code; none may crash the gateway, show a stack trace or an internal path,
 * or write anything to any partner's database.
 */
const SEED = 20261125;
const COUNT = 320;
const world = generate({ seed: 2014, scale: 0.05 });
const pseudonym = world.youth[0].pseudonym;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof prng>;

interface FuzzRequest {
  kind: string;
  method: string;
  /** Relative to the gateway's origin. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const VALID = `query Person($p: ID!) { youth(pseudonym: $p) { pseudonym district { name } } }`;
const GRANT = 'mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
/** `{"a":{"a":…leaf…}}` as JSON text: JSON.stringify itself would overflow the stack at this depth. */
const nested = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${JSON.stringify(leaf)}${'}'.repeat(depth)}`;

/** Each generator makes one kind of bad request; `auth` is a valid token's headers. */
const generators: Record<string, (r: Rng, auth: Record<string, string>) => Omit<FuzzRequest, 'kind'>> = {
  'broken JSON': (r, auth) => {
    const valid = JSON.stringify({ query: VALID, variables: { p: pseudonym } });
    const cut = valid.slice(0, 1 + r.int(valid.length - 2));
    const junk = r.pick(['', '}', ']]', ',', '"', '\\', '{"query":', 'undefined', 'NaN', "{'query': 1}"]);
    return { method: 'POST', path: '/graphql', headers: { ...auth, 'content-type': 'application/json' }, body: cut + junk };
  },
  'wrong content type': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': r.pick(['text/plain', 'application/xml', 'multipart/form-data', 'application/x-www-form-urlencoded', 'image/png', 'application/json; charset=latin1', '']) },
    body: r.pick([JSON.stringify({ query: '{ districts { code } }' }), 'query=%7B%20districts%20%7B%20code%20%7D%20%7D', '<query/>', '']),
  }),
  'huge variables': (r, auth) => {
    const size = r.pick([100_000, 500_000, 2_000_000]);
    // Under the 1 MB body limit a pseudonym this long is refused by its validation, over it with 413.
    const variables = r.pick([{ p: 'Y'.repeat(size) }, { p: pseudonym, junk: 'x'.repeat(2_000_000) }, { ps: Array.from({ length: size / 20 }, () => pseudonym) }]);
    const query = 'ps' in variables ? 'query ($ps: [ID!]!) { youths(pseudonyms: $ps) { pseudonym } }' : VALID;
    return { method: 'POST', path: '/graphql', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
  },
  'wrong variable types': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ query: r.pick([VALID, GRANT, 'query ($n: Int!) { schools(first: $n) { id } }']), variables: { p: r.pick([123, true, {}, [], null, 1.5, [pseudonym]]), n: r.pick(['ten', 1e40, -1, 2.5, null, [1]]), input: r.pick([42, 'x', [], { purpose: 'NOPE' }]) } }),
  }),
  'unknown operation or operationName mismatch': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(
      r.pick([
        { query: VALID, operationName: 'Nope', variables: { p: pseudonym } },
        { query: `${VALID} query Other { districts { code } }`, variables: { p: pseudonym } },
        { query: '{ nothingHere }' },
        { query: 'subscription { youth }' },
        { query: 'query { __typename } query { __typename }' },
        { query: 'fragment F on Youth { pseudonym }' },
        { operationName: 'Person', variables: { p: pseudonym } },
        { query: 'mutation { dropAllTables }' },
      ]),
    ),
  }),
  'deeply nested input': (r, auth) => {
    const depth = r.pick([50, 500, 5000]);
    const body = r.pick([
      `{"query":${JSON.stringify(GRANT)},"variables":{"input":${nested(depth, 'x')}}}`,
      `{"query":${JSON.stringify(VALID)},"variables":{"p":${nested(depth, pseudonym)}}}`,
      JSON.stringify({ query: `{ ${'youth(pseudonym: "x") { '.repeat(Math.min(depth, 300))}pseudonym${' }'.repeat(Math.min(depth, 300))} }` }),
      JSON.stringify({ query: `{ youths(pseudonyms: ${'['.repeat(Math.min(depth, 2000))}"x"${']'.repeat(Math.min(depth, 2000))}) { pseudonym } }` }),
    ]);
    return { method: 'POST', path: '/graphql', headers: { ...auth, 'content-type': 'application/json' }, body };
  },
  'non-UTF-8 bytes': (r, auth) => {
    const prefix = Buffer.from('{"query":"{ districts { code } }","variables":{"p":"');
    const bad = Buffer.from(Array.from({ length: 1 + r.int(40) }, () => r.pick([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0xf8, 0x00])));
    return { method: 'POST', path: '/graphql', headers: { ...auth, 'content-type': 'application/json' }, body: Buffer.concat([prefix, bad, Buffer.from('"}}')]) };
  },
  'null bytes': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': 'application/json' },
    body: r.pick([
      JSON.stringify({ query: '{ districts\u0000 { code } }' }),
      JSON.stringify({ query: VALID, variables: { p: `Y\u0000${pseudonym}` } }),
      JSON.stringify({ query: '{ district(code: "0\u00001") { name } }' }),
      Buffer.from([0x7b, 0x00, 0x7d]),
    ]),
  }),
  'huge numbers': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': 'application/json' },
    body: r.pick([
      '{"query":"query ($n: Int!) { schools(first: $n) { id } }","variables":{"n":1e999}}',
      '{"query":"query ($n: Int!) { schools(first: $n) { id } }","variables":{"n":99999999999999999999999}}',
      JSON.stringify({ query: `{ schools(first: ${'9'.repeat(1 + r.int(400))}) { id } }` }),
      JSON.stringify({ query: '{ schools(first: -2147483649) { id } }' }),
      JSON.stringify({ query: '{ schools(first: 1.5e308) { id } }' }),
      JSON.stringify({ query: '{ leaverStatistics(by: SCHOOL, cohortYear: 99999999999) { __typename } }' }),
    ]),
  }),
  'arrays where objects belong': (r, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: { ...auth, 'content-type': 'application/json' },
    body: r.pick([
      '[]',
      JSON.stringify([{ query: '{ districts { code } }' }, { query: '{ districts { name } }' }]),
      JSON.stringify({ query: ['{ districts { code } }'] }),
      JSON.stringify({ query: VALID, variables: [pseudonym] }),
      JSON.stringify({ query: GRANT, variables: { input: [] } }),
      'null',
      '"{ districts { code } }"',
      '42',
      JSON.stringify({ query: { kind: 'Document' } }),
      JSON.stringify({ query: VALID, variables: 'p=1' }),
      JSON.stringify({ query: VALID, extensions: [1, 2] }),
    ]),
  }),
  'GET with a mutation or a bad query': (r, auth) => {
    const q = r.pick([
      `mutation { grantConsent(input: { pseudonym: "${pseudonym}", purpose: TRANSITION_SUPPORT, recipients: [schools], categories: [TRAINING], validFrom: "2026-01-01", validUntil: "2026-12-31", givenBy: YOUNG_PERSON, ageAtConsent: 17 }) { id } }`,
      'mutation { withdrawConsent(id: "00000000-0000-4000-8000-000000000001") { id } }',
      '{ districts { code ',
      '%%%',
    ]);
    return { method: 'GET', path: `/graphql?query=${encodeURIComponent(q)}`, headers: { ...auth, accept: 'application/json' } };
  },
  'hostile mutation input': (r, auth) => {
    const input = {
      pseudonym: r.pick(["'; drop table consent; --", 'Y0000000000000000000', '../../etc/passwd', pseudonym.toLowerCase(), '${jndi:ldap://x}']),
      purpose: 'TRANSITION_SUPPORT',
      recipients: ['schools'],
      categories: ['TRAINING'],
      validFrom: '2026-01-01',
      validUntil: r.pick(['2025-01-01', '9999-12-31', 'tomorrow']),
      givenBy: 'YOUNG_PERSON',
      ageAtConsent: r.pick([-1, 17, 1e9]),
    };
    return { method: 'POST', path: '/graphql', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query: GRANT, variables: { input } }) };
  },
  'bad token or method': (r, auth) => ({
    method: r.pick(['POST', 'PUT', 'DELETE', 'PATCH']),
    path: r.pick(['/graphql', '/graphql/', '/GRAPHQL', '/graphql/../graphql', '/%00', '/graphql?query=%ff']),
    headers: {
      'content-type': 'application/json',
      ...r.pick([
        {},
        { authorization: 'Bearer' },
        { authorization: 'Bearer a.b.c' },
        { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","partner":"municipality","roles":["admin"]}').toString('base64url')}.` },
        { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
        { ...auth, 'x-hub-purpose': 'WORLD_DOMINATION' },
        { ...auth, 'x-hub-case': '<script>' },
      ]),
    },
    body: JSON.stringify({ query: '{ districts { code } }' }),
  }),
};

/** Anything that would tell an attacker about the inside: stack frames, file paths, module names. */
const INTERNALS = /stacktrace|\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\.ts:\d+|\.js:\d+|ECONNREFUSED|127\.0\.0\.1:\d+/;

describe('fuzz: generated malformed and hostile requests against the gateway', () => {
  let hub: TestHub;
  let auth: Record<string, string>;

  /** Rows in every table a request could write: audit trails, consents, registered young people. */
  async function writes(): Promise<number[]> {
    const counts: number[] = [];
    for (const sg of Object.values(hub.subgraphs)) {
      const c = new Client({ connectionString: sg.database.url });
      await c.connect();
      try {
        counts.push(Number((await c.query('select count(*) as n from audit_entry')).rows[0].n));
        if (sg.subgraph.name === 'municipality') {
          counts.push(Number((await c.query('select count(*) as n from consent')).rows[0].n));
          counts.push(Number((await c.query('select count(*) as n from youth')).rows[0].n));
        }
      } finally {
        await c.end();
      }
    }
    return counts;
  }

  beforeAll(async () => {
    // The city's caseworker may write (consents) and read person-level data: the most to lose.
    hub = await startTestHub({ scale: 0.05, gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' } });
    auth = await hub.as('municipality', ['caseworker'], 'TRANSITION_SUPPORT');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it(`${COUNT} requests (seed ${SEED}) each get a 4xx or a coded GraphQL error, with no 5xx, no internals and no write; the gateway still answers afterwards`, async () => {
    const before = await writes();
    const rng = prng(SEED);
    const kinds = Object.keys(generators);
    const origin = new URL(hub.gateway.url).origin;
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < COUNT; i++) {
      const kind = kinds[i % kinds.length];
      const req: FuzzRequest = { kind, ...generators[kind](rng, auth) };
      const label = `#${i} ${kind} ${req.method} ${req.path.slice(0, 60)}`;
      let status: number;
      let text: string;
      try {
        const res = await fetch(origin + req.path, { method: req.method, headers: req.headers, body: req.method === 'GET' ? undefined : req.body });
        status = res.status;
        text = await res.text();
      } catch (err) {
        failures.push(`${label}: no answer (${(err as Error).message})`);
        continue;
      }
      seen.set(`${kind} ${status}`, (seen.get(`${kind} ${status}`) ?? 0) + 1);
      if (status >= 500) failures.push(`${label}: HTTP ${status} ${text.slice(0, 200)}`);
      if (INTERNALS.test(text)) failures.push(`${label}: leaks internals: ${text.slice(0, 300)}`);
      if (status === 200) {
        let body: { errors?: { extensions?: { code?: unknown } }[] } = {};
        try {
          body = JSON.parse(text);
        } catch {
          failures.push(`${label}: 200 without JSON`);
        }
        if (!body.errors?.length) failures.push(`${label}: accepted without an error: ${text.slice(0, 200)}`);
        else if (!body.errors.every((e) => typeof e.extensions?.code === 'string')) failures.push(`${label}: an error without a code: ${text.slice(0, 300)}`);
      } else if (status < 400) {
        failures.push(`${label}: HTTP ${status}`);
      }
    }
    expect(failures, [...seen].map(([k, n]) => `${k}: ${n}`).join('\n')).toEqual([]);

    const alive = await hub.query('{ districts { code } }', undefined, auth);
    expect(alive.status).toBe(200);
    expect(alive.body.data.districts).toHaveLength(23);
    expect(await writes()).toEqual(before);
  });

  it('an analyst sending the same query at the same moment as a caseworker never receives the caseworker\'s person-level data', async () => {
    // A young person whose seeded consent (three years from the case's opening) releases case work
    // to the coordination office: its caseworker may read the case, its analyst may not.
    const since = `${new Date().getUTCFullYear() - 3}${new Date().toISOString().slice(4, 10)}`;
    const p = world.cases.filter((c) => c.openedOn > since).at(-1)!.pseudonym;
    const query = 'query ($p: ID!) { youth(pseudonym: $p) { pseudonym transitionCase { manager } } }';
    const caseworker = await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT');
    const analyst = await hub.as('coordination', ['analyst'], 'TRANSITION_SUPPORT');
    const rounds = await Promise.all(
      Array.from({ length: 40 }, (_, i) => hub.query(query, { p }, i % 2 ? analyst : caseworker).then((r) => ({ analyst: i % 2 === 1, body: r.body }))),
    );
    for (const r of rounds) {
      if (r.analyst) {
        expect(JSON.stringify(r.body.data ?? null)).not.toContain('"manager":"');
        expect(r.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('FORBIDDEN');
      } else {
        expect(r.body.data.youth.transitionCase.manager).toBeTruthy();
      }
    }
  });
});
