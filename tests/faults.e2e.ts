import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionPartnerDatabase, startEmbeddedPostgres, startSubgraph, type EmbeddedOptions, type RunningSubgraph } from '@kassel-hub/kit';
import { signRequest } from '@kassel-hub/protocol';
import { generate } from '@kassel-hub/datagen';
import { subgraphByName } from '@kassel-hub/registry';
import { freePort } from '../scripts/src/free-port';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';
import { inYears, withSchoolGuidanceAndContract, today } from './support/people';
import { leaksInternals, postRaw, testSecret } from './support/http';
import { createTestDatabase } from './support/databases';
import { caseworker } from './support/subgraph';
import { startHangingServer, startResettingServer } from './support/faulty-servers';

/*
 * What happens when a partner is down, hangs, loses its database, or is shut down: the hub keeps
 * answering with what it has, says which partner is missing, and recovers without a restart.
 */
const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

/** Someone every partner knows, so that each partner's part of the answer can go missing. */
const person = withSchoolGuidanceAndContract(world);

const personQuery = `query ($p: ID!) { youth(pseudonym: $p) {
  pseudonym district { name } schoolLeaving { qualification } guidanceContacts { date } trainingContracts { startDate }
} }`;
const grantMutation = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id pseudonym } }';
const newPerson = () => ({
  purpose: 'TRANSITION_SUPPORT',
  recipients: ['coordination'],
  categories: ['RESIDENCE'],
  validFrom: today,
  validUntil: inYears(1),
  givenBy: 'YOUNG_PERSON',
  ageAtConsent: 16,
});

const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

/** The gateway's readiness: status and per-partner JSON. */
async function readiness(gw: TestGateway) {
  const res = await fetch(new URL('/readiness', gw.gateway.url));
  return { status: res.status, body: (await res.json()) as { status: string; partners: Record<string, string> } };
}

describe('faults: partners down, hanging, restarted under, or shut down', () => {
  let hub: TestHub;
  let coordination: Record<string, string>;
  let city: Record<string, string>;

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    coordination = await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT');
    city = await hub.as('municipality', ['caseworker']);
    const input = { ...newPerson(), pseudonym: person, recipients: ['coordination'], categories: ['RESIDENCE', 'CASE_WORK', 'SCHOOL_CAREER', 'GUIDANCE', 'APPLICATIONS', 'BENEFITS', 'TRAINING'] };
    const { body } = await hub.query(grantMutation, { input }, city);
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('with the schools subgraph stopped, the gateway answers 200 in time with the other partners\' data and PARTNER_UNAVAILABLE naming schools; readiness stays 200 and reports degraded with schools down; once it is back the next request succeeds', async () => {
    const gw = await hub.startGateway({ UPSTREAM_TIMEOUT_MS: '2000', UPSTREAM_RETRY_DELAY_MS: '50' });
    expect((await gw.query(personQuery, { p: person }, coordination)).body.errors).toBeUndefined();
    expect((await readiness(gw)).status).toBe(200);

    await hub.subgraphs.schools.pause();
    try {
      const started = Date.now();
      const { status, body } = await gw.query(personQuery, { p: person }, coordination);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(status).toBe(200);
      expect(body.data.youth.pseudonym).toBe(person);
      expect(body.data.youth.district.name).toBeTruthy();
      expect(body.data.youth.guidanceContacts.length).toBeGreaterThan(0);
      expect(body.data.youth.trainingContracts.length).toBeGreaterThan(0);
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(codes(body.errors)).toEqual(['PARTNER_UNAVAILABLE']);
      expect(body.errors[0].message).toMatch(/schools/);
      expect(leaksInternals(body.errors)).toBe(false);
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

      // Still ready: an orchestrator must keep every gateway replica while a partner is down.
      const ready = await readiness(gw);
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.partners).toEqual({ chambers: 'up', employment: 'up', municipality: 'up', schools: 'down', youthwelfare: 'up' });
      expect((await fetch(new URL('/healthcheck', gw.gateway.url))).status).toBe(200);
    } finally {
      await hub.subgraphs.schools.resume();
    }
    const after = await gw.query(personQuery, { p: person }, coordination);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.youth.schoolLeaving.qualification).toBeTruthy();
    expect((await readiness(gw)).body.status).toBe('ready');
  });

  it('a subgraph that drops the connection mid-request is PARTNER_UNAVAILABLE for its part only, with HTTP 200', async () => {
    const reset = await startResettingServer();
    try {
      const gw = await hub.startGateway({ CHAMBERS_URL: reset.url, UPSTREAM_RETRY_DELAY_MS: '10' });
      const { status, body } = await gw.query(personQuery, { p: person }, coordination);
      expect(status).toBe(200);
      expect(body.data.youth.trainingContracts).toBeNull();
      expect(body.data.youth.schoolLeaving.qualification).toBeTruthy();
      expect(codes(body.errors)).toEqual(['PARTNER_UNAVAILABLE']);
      expect(body.errors[0].message).toMatch(/chambers/);
    } finally {
      await reset.stop();
    }
  });

  it('a hanging subgraph is cut off by its own timeout (SCHOOLS_TIMEOUT_MS over UPSTREAM_TIMEOUT_MS), and the query is retried once', async () => {
    const hang = await startHangingServer();
    try {
      const gw = await hub.startGateway({ SCHOOLS_URL: hang.url, SCHOOLS_TIMEOUT_MS: '300', UPSTREAM_TIMEOUT_MS: '20000', UPSTREAM_RETRIES: '1', UPSTREAM_RETRY_DELAY_MS: '50' });
      const started = Date.now();
      const { status, body } = await gw.query(personQuery, { p: person }, coordination);
      const elapsed = Date.now() - started;
      // Two attempts of 300 ms and a 62 ms pause (50 x 1.25), far below the 20 s default.
      expect(elapsed).toBeGreaterThanOrEqual(600);
      expect(elapsed).toBeLessThan(3000);
      expect(status).toBe(200);
      expect(body.data.youth.guidanceContacts.length).toBeGreaterThan(0);
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(codes(body.errors)).toEqual(['PARTNER_UNAVAILABLE']);
      expect(body.errors[0].message).toMatch(/schools/);
      expect(hang.requests).toBe(2);
    } finally {
      await hang.stop();
    }
  });

  it('a mutation to a hanging subgraph is sent once and never retried, while a query to it is retried', async () => {
    const hang = await startHangingServer();
    try {
      const gw = await hub.startGateway({ MUNICIPALITY_URL: hang.url, MUNICIPALITY_TIMEOUT_MS: '300', UPSTREAM_RETRIES: '2', UPSTREAM_RETRY_DELAY_MS: '20' });
      const mutation = await gw.query(grantMutation, { input: newPerson() }, city);
      expect(mutation.status).toBeLessThan(500);
      expect(codes(mutation.body.errors)).toEqual(['PARTNER_UNAVAILABLE']);
      expect(mutation.body.errors[0].message).toMatch(/municipality/);
      expect(hang.requests).toBe(1);

      const query = await gw.query('{ districts { code } }', undefined, city);
      expect(query.status).toBeLessThan(500);
      expect(codes(query.body.errors)).toEqual(['PARTNER_UNAVAILABLE']);
      expect(hang.requests).toBe(1 + 3);
    } finally {
      await hang.stop();
    }
  });

  describe('PostgreSQL restarted under the municipality subgraph', () => {
    let root: string;
    let pgOptions: EmbeddedOptions;
    let pg: { stop(): Promise<void> } | undefined;
    let adminUrl: string;
    let dbUrl: string;
    let subgraph: RunningSubgraph;
    let secret: string;
    let gw: TestGateway;

    /** Rows a registration writes (young person, consent, audit entry), counted in the database itself. */
    async function rows() {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      try {
        const one = async (sql: string) => Number((await c.query(sql)).rows[0].n);
        return {
          youth: await one('select count(*) as n from youth'),
          consents: await one('select count(*) as n from consent'),
          changes: await one("select count(*) as n from audit_entry where action = 'CHANGE'"),
        };
      } finally {
        await c.end();
      }
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'hub-fault-pg-'));
      pgOptions = { dataDir: join(root, 'data'), port: await freePort(), password: randomBytes(12).toString('hex') };
      const server = await startEmbeddedPostgres(pgOptions);
      pg = server;
      adminUrl = server.adminUrl;
      dbUrl = await provisionPartnerDatabase(adminUrl, { database: 'municipality', role: 'municipality', password: randomBytes(12).toString('hex') });
      secret = testSecret();
      subgraph = await startSubgraph(subgraphByName('municipality'), {
        name: 'municipality',
        host: '127.0.0.1',
        port: 0,
        databaseUrl: dbUrl,
        seed: 'auto',
        scale: SCALE,
        dataSeed: 2014,
        logLevel: 'silent',
        poolMax: 5,
        signingSecret: secret,
      });
      gw = await hub.startGateway({ MUNICIPALITY_URL: subgraph.url, MUNICIPALITY_SIGNING_SECRET: secret, UPSTREAM_RETRIES: '0', UPSTREAM_TIMEOUT_MS: '5000' });
    });
    afterAll(async () => {
      await subgraph?.stop();
      await pg?.stop();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('requests during the restart fail with DATABASE_UNAVAILABLE and no stack; the pool recovers by itself; an acknowledged mutation survives; a failed one left nothing', async () => {
      const acknowledged = await gw.query(grantMutation, { input: newPerson() }, city);
      expect(acknowledged.body.errors).toBeUndefined();
      const { id, pseudonym } = acknowledged.body.data.grantConsent;
      const before = await rows();

      await pg!.stop();
      pg = undefined;
      const read = await gw.query('{ districts { code } }', undefined, city);
      expect(read.status).toBeLessThan(500);
      expect(codes(read.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(read.body.errors[0].message).toMatch(/municipality/);
      expect(leaksInternals(read.body.errors)).toBe(false);
      const write = await gw.query(grantMutation, { input: newPerson() }, city);
      expect(write.status).toBeLessThan(500);
      expect(codes(write.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(leaksInternals(write.body.errors)).toBe(false);
      // The nonce of a signed request cannot be claimed without the database: the request is
      // refused (fails closed), never served as if its nonce were new.
      const body = JSON.stringify({ query: '{ districts { code } }' });
      const direct = await postRaw(subgraph.url, body, signRequest(secret, 'municipality', caseworker('municipality'), body));
      expect(direct.status).toBe(503);
      expect(codes(direct.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(direct.body.data).toBeUndefined();
      const ready = await readiness(gw);
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.partners.municipality).toBe('down');

      pg = await startEmbeddedPostgres(pgOptions);
      // No restart of the subgraph: its pool drops the dead connections and opens new ones.
      let recovered = false;
      for (let i = 0; i < 50 && !recovered; i++) {
        recovered = (await gw.query('{ districts { code } }', undefined, city)).body.errors === undefined;
        if (!recovered) await new Promise((r) => setTimeout(r, 200));
      }
      expect(recovered).toBe(true);
      expect((await readiness(gw)).status).toBe(200);

      const consents = await gw.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: pseudonym }, city);
      expect(consents.body.data.consents).toEqual([{ id }]);
      expect(await rows()).toEqual(before);
    });

    it('registrations cut off by a database shutdown are each all or nothing: every acknowledged one is there, and no young person lacks its consent or audit entry', async () => {
      const before = await rows();
      const sends = Array.from({ length: 24 }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 15)).then(() => gw.query(grantMutation, { input: newPerson() }, city)),
      );
      await new Promise((r) => setTimeout(r, 150));
      await pg!.stop();
      pg = undefined;
      const answers = await Promise.all(sends);
      pg = await startEmbeddedPostgres(pgOptions);

      const ok = answers.filter((a) => !a.body.errors);
      const failed = answers.filter((a) => a.body.errors);
      expect(ok.length + failed.length).toBe(24);
      for (const a of answers) expect(a.status).toBeLessThan(500);
      for (const a of failed) {
        // Every way the shutdown shows up in the driver is named, including a statement sent on a
        // transaction whose connection had just died (knex: "Transaction query already complete").
        expect(codes(a.body.errors)[0]).toMatch(/^(DATABASE_UNAVAILABLE|AUDIT_UNAVAILABLE)$/);
        expect(leaksInternals(a.body.errors)).toBe(false);
      }
      let after = before;
      for (let i = 0; i < 50; i++) {
        after = await rows().catch(() => before);
        if (after !== before) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const added = { youth: after.youth - before.youth, consents: after.consents - before.consents, changes: after.changes - before.changes };
      expect(added.consents).toBe(added.youth);
      expect(added.changes).toBe(added.youth);
      expect(added.youth).toBeGreaterThanOrEqual(ok.length);
      // A commit whose answer was lost in the shutdown is the only way for more rows than acknowledgements.
      expect(added.youth).toBeLessThanOrEqual(ok.length + 1);
      for (const a of ok) {
        const { pseudonym } = a.body.data.grantConsent;
        const c = await gw.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: pseudonym }, city);
        expect(c.body.data.consents).toEqual([{ id: a.body.data.grantConsent.id }]);
      }
    });
  });

  describe('graceful shutdown of a subgraph process', () => {
    const script = resolve(__dirname, '../subgraphs/schools/dist/index.js');

    it('on SIGTERM the schools subgraph finishes the request in flight, refuses new connections and exits 0', async () => {
      expect(existsSync(script), 'build first: npx turbo run build').toBe(true);
      const db = await createTestDatabase('schools');
      const port = await freePort();
      const secret = testSecret();
      const child = spawn(process.execPath, [script], {
        env: { PATH: process.env.PATH, DATABASE_URL: db.url, HOST: '127.0.0.1', PORT: String(port), HUB_SEED: 'auto', HUB_SCALE: String(SCALE), HUB_SIGNING_SECRET: secret, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      try {
        const base = `http://127.0.0.1:${port}`;
        let ready = false;
        for (let i = 0; i < 300 && !ready; i++) {
          ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
          if (!ready) await new Promise((r) => setTimeout(r, 100));
        }
        expect(ready).toBe(true);

        // A request in flight: its headers and half its body are sent before the signal.
        const body = JSON.stringify({ query: '{ schools(first: 3) { id name } }' });
        const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...signRequest(secret, 'schools', caseworker('schools'), body) };
        let fresh = '';
        const answer = new Promise<{ status: number; text: string }>((resolveAnswer, reject) => {
          const req = request(`${base}/graphql`, { method: 'POST', headers }, (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, text }));
          });
          req.on('error', reject);
          req.write(body.slice(0, 10));
          setTimeout(async () => {
            child.kill('SIGTERM');
            await new Promise((r) => setTimeout(r, 300));
            // Refused while the request is still in flight.
            fresh = await fetch(`${base}/health`).then(() => 'answered', (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message);
            req.end(body.slice(10));
          }, 200);
        });
        const { status, text } = await answer;
        expect(fresh).toBe('ECONNREFUSED');
        expect(status).toBe(200);
        expect(JSON.parse(text).data.schools).toHaveLength(3);
        expect(await exited).toBe(0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await db.drop();
      }
    });
  });
});

