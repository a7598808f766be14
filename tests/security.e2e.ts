import { generateKeyPairSync, createSign, createHmac, createPrivateKey, randomBytes, sign as signBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { auditEntriesAbout, verifyAuditChain } from '@kassel-hub/governance';
import { countStatements } from '@kassel-hub/kit';
import { MAX_SUBJECT_LENGTH, signRequest, type Identity } from '@kassel-hub/protocol';
import { generate } from '@kassel-hub/datagen';
import { DEV_AUDIENCE, DEV_ISSUER, mintDevToken } from '@kassel-hub/gateway';
import { startTestHub, type TestHub } from './support/hub';
import { leaksInternals, postGraphQL, postRaw } from './support/http';
import { caseworker } from './support/subgraph';
import { joinsPanel } from '../subgraphs/municipality/src/seed/seed';
import { Consent } from '../subgraphs/municipality/src/entities/consent.entity';

/*
 * What an attacker or a careless client would try, one test each. Every test checks the refusal
 * and that nothing leaked (no data, no schema hints) and nothing was written.
 */
const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const districtsQuery = '{ districts { code } }';

/** The young person's fields, one per owner partner. */
const personQuery = `query ($p: ID!) { youth(pseudonym: $p) {
  pseudonym
  transitionCase { manager }
  schoolLeaving { qualification }
  guidanceContacts { date }
  trainingContracts { startDate }
} }`;

/** Someone known to all four partners (so every owner has something to hide). */
const known = (() => {
  const has = (a: { pseudonym: string }[]) => new Set(a.map((x) => x.pseudonym));
  const p = has(world.pupils);
  const g = has(world.guidance);
  const k = has(world.contracts);
  const c = has(world.cases);
  return world.youth.filter((y) => p.has(y.pseudonym) && g.has(y.pseudonym) && k.has(y.pseudonym) && !c.has(y.pseudonym)).map((y) => y.pseudonym);
})();

/** A panel member of a recent cohort whose only consent is the monitoring one (no case, so no case consent). */
const PANEL_YEAR = 2025;
const panelOnly = (() => {
  const cases = new Set(world.cases.map((c) => c.pseudonym));
  return world.pupils.find((p) => p.cohortYear === PANEL_YEAR && joinsPanel(p.pseudonym) && !cases.has(p.pseudonym))!.pseudonym;
})();

const grantMutation = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id pseudonym } }`;
const today = new Date().toISOString().slice(0, 10);
const inYears = (n: number) => `${Number(today.slice(0, 4)) + n}${today.slice(4)}`;

describe('security: what an attacker or careless client tries', () => {
  let hub: TestHub;
  let city: Record<string, string>;
  let statements: { reset(): void; total(): number; stop(): void };

  /** Grants a consent through the register, as a city caseworker would. */
  async function grant(pseudonym: string, over: Record<string, unknown> = {}) {
    const input = {
      pseudonym,
      purpose: 'TRANSITION_SUPPORT',
      // Every category the owners release to all of these for joint case work (SGB II receipt goes
      // to the coordination office alone, docs/partners.md).
      recipients: ['schools', 'employment', 'chambers', 'coordination'],
      categories: ['RESIDENCE', 'CASE_WORK', 'SCHOOL_CAREER', 'GUIDANCE', 'APPLICATIONS', 'TRAINING'],
      validFrom: today,
      validUntil: inYears(1),
      givenBy: 'YOUNG_PERSON',
      ageAtConsent: 17,
      ...over,
    };
    const { body } = await hub.query(grantMutation, { input }, city);
    expect(body.errors).toBeUndefined();
    return body.data.grantConsent.id as string;
  }

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    city = await hub.as('municipality', ['caseworker']);
    const counters = Object.values(hub.subgraphs).map((s) => countStatements(s.subgraph.orm));
    statements = {
      reset: () => counters.forEach((c) => c.reset()),
      total: () => counters.reduce((n, c) => n + c.count, 0),
      stop: () => counters.forEach((c) => c.stop()),
    };
  });
  afterAll(async () => {
    statements?.stop();
    await hub?.stop();
  });

  /** Sends a request with raw headers and expects a 401 that executed nothing. */
  async function expectRefusedToken(headers: Record<string, string>, code: string) {
    statements.reset();
    const res = await postGraphQL(hub.gateway.url, personQuery, { p: known[0] }, headers);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.body.data).toBeUndefined();
    expect(statements.total()).toBe(0);
  }

  describe('identity at the gateway', () => {
    it('a request without a token is refused with 401 before anything runs', async () => {
      await expectRefusedToken({}, 'UNAUTHENTICATED');
    });

    it('basic authentication instead of a bearer token is refused', async () => {
      await expectRefusedToken({ authorization: 'Basic YWRtaW46YWRtaW4=' }, 'UNAUTHENTICATED');
    });

    it('an expired token is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'schools', roles: ['caseworker'] }, { ttlSeconds: -60 });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_EXPIRED');
    });

    it('a validly signed token that never expires, or outlives the maximum token age, is refused', async () => {
      // Signed by hand with the dev key, since the dev token minter always sets a short exp.
      const key = createPrivateKey({ key: hub.devKeys.privateJwk as never, format: 'jwk' });
      const now = Math.floor(Date.now() / 1000);
      const sign = (claims: Record<string, unknown>) => {
        const input = `${b64({ alg: 'ES256', typ: 'JWT', kid: hub.devKeys.privateJwk.kid })}.${b64({ sub: 'x', partner: 'coordination', roles: ['caseworker'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, ...claims })}`;
        return `${input}.${signBytes('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
      };
      await expectRefusedToken({ authorization: `Bearer ${sign({ iat: now })}` }, 'TOKEN_EXPIRY_REQUIRED');
      await expectRefusedToken({ authorization: `Bearer ${sign({ iat: now, exp: now + 400 * 24 * 3600 })}` }, 'TOKEN_LIFETIME_TOO_LONG');
      // The same hand-made signature with a proper exp and iat passes, so the refusals above are the claims'.
      const ok = await postGraphQL(hub.gateway.url, districtsQuery, {}, { authorization: `Bearer ${sign({ iat: now, exp: now + 600 })}` });
      expect(ok.status).toBe(200);
    });

    it('a token whose user id is longer than the partners accept is refused at the gateway, not upstream', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x'.repeat(MAX_SUBJECT_LENGTH + 1), partner: 'coordination', roles: ['caseworker'] });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_SUBJECT_TOO_LONG');
    });

    it('a token from another issuer is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'schools', roles: ['caseworker'] }, { issuer: 'https://evil.example' });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_CLAIMS_INVALID');
    });

    it('a token for another audience is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'schools', roles: ['caseworker'] }, { audience: 'another-app' });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_CLAIMS_INVALID');
    });

    it('an unsigned token (alg: none) is refused', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', partner: 'schools', roles: ['admin'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 600 })}.`;
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_ALGORITHM_REFUSED');
    });

    it('a token whose payload was altered after signing is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'schools', roles: ['caseworker'] });
      const [h, , s] = token.split('.');
      const forged = `${h}.${b64({ sub: 'x', partner: 'coordination', roles: ['admin'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.${s}`;
      await expectRefusedToken({ authorization: `Bearer ${forged}` }, 'TOKEN_SIGNATURE_INVALID');
    });

    it('a token signed by a key that is not in the JWKS is refused', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'attacker-key', alg: 'ES256' };
      const token = await mintDevToken(jwk as never, { sub: 'x', partner: 'schools', roles: ['admin'] });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_KEY_UNKNOWN');
    });

    it('an HS256 token keyed with the public JWK (algorithm confusion) is refused', async () => {
      const now = Math.floor(Date.now() / 1000);
      const head = b64({ alg: 'HS256', typ: 'JWT', kid: hub.devKeys.privateJwk.kid });
      const body = b64({ sub: 'x', partner: 'schools', roles: ['admin'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 600 });
      const mac = createHmac('sha256', JSON.stringify(hub.devKeys.jwks.keys[0])).update(`${head}.${body}`).digest('base64url');
      await expectRefusedToken({ authorization: `Bearer ${head}.${body}.${mac}` }, 'TOKEN_ALGORITHM_REFUSED');
    });

    it('an RS256 token from an unknown RSA key is refused', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const now = Math.floor(Date.now() / 1000);
      const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: hub.devKeys.privateJwk.kid })}.${b64({ sub: 'x', partner: 'schools', roles: ['admin'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 600 })}`;
      const sig = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
      await expectRefusedToken({ authorization: `Bearer ${input}.${sig}` }, 'TOKEN_KEY_UNKNOWN');
    });

    it('a validly signed token that names no known partner is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'police', roles: ['caseworker'] });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_CLAIMS_INVALID');
    });

    it('a validly signed token without a known role is refused', async () => {
      const token = await mintDevToken(hub.devKeys.privateJwk, { sub: 'x', partner: 'schools', roles: ['superuser'] });
      await expectRefusedToken({ authorization: `Bearer ${token}` }, 'TOKEN_CLAIMS_INVALID');
    });

    it('an unregistered purpose header is refused with 400', async () => {
      const headers = { ...(await hub.as('employment', ['caseworker'])), 'x-hub-purpose': 'CURIOSITY' };
      statements.reset();
      const res = await postGraphQL(hub.gateway.url, personQuery, { p: known[0] }, headers);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('INVALID_PURPOSE');
      expect(statements.total()).toBe(0);
    });

    it('a panel member whose only consent is MONITORING cannot be read by stating MONITORING: 400 before anything runs; the reports still count them', async () => {
      for (const roles of [['caseworker'], ['system']] as Identity['roles'][]) {
        statements.reset();
        const res = await postGraphQL(hub.gateway.url, personQuery, { p: panelOnly }, await hub.as('coordination', roles, 'MONITORING'));
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions.code).toBe('PURPOSE_AGGREGATES_ONLY');
        expect(res.body.data).toBeUndefined();
        expect(statements.total()).toBe(0);
      }
      const asCase = await hub.query(personQuery, { p: panelOnly }, await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(asCase.body.data.youth.schoolLeaving).toBeNull();
      expect(asCase.body.data.youth.trainingContracts).toBeNull();
      const analyst = await hub.as('coordination', ['analyst']);
      const report = await hub.query('query ($y: Int!) { cohort(year: $y) { panelSize } }', { y: PANEL_YEAR }, analyst);
      expect(report.body.errors).toBeUndefined();
      const panel = world.pupils.filter((p) => p.cohortYear === PANEL_YEAR && joinsPanel(p.pseudonym));
      expect(panel.map((p) => p.pseudonym)).toContain(panelOnly);
      expect(report.body.data.cohort.panelSize).toBe(panel.length);
    });

    it('the health endpoints and the GraphiQL page answer without a token, and hold no data', async () => {
      expect((await fetch(hub.gateway.url.replace('/graphql', '/healthcheck'))).status).toBe(200);
      const page = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain(known[0]);
    });
  });

  it('a GraphiQL reload with ?query= serves the page without running the query; a data GET needs a token', async () => {
    const url = `${hub.gateway.url}?query=${encodeURIComponent(personQuery)}&variables=${encodeURIComponent(JSON.stringify({ p: known[0] }))}`;
    statements.reset();
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(statements.total()).toBe(0);
    const data = await fetch(url, { headers: { accept: 'application/json' } });
    expect(data.status).toBe(401);
    expect(statements.total()).toBe(0);
  });

  describe('the owner decides, in its own subgraph', () => {
    const owners = [
      { owner: 'municipality', field: 'transitionCase' },
      { owner: 'schools', field: 'schoolLeaving' },
      { owner: 'employment', field: 'guidanceContacts' },
      { owner: 'chambers', field: 'trainingContracts' },
    ] as const;
    const readers: Identity['partner'][] = ['municipality', 'schools', 'employment', 'chambers', 'coordination'];

    for (const { owner, field } of owners) {
      for (const reader of readers.filter((r) => r !== owner)) {
        it(`${reader} cannot read ${owner}'s ${field} without consent; the rest of the answer still arrives`, async () => {
          const p = known[1];
          const { status, body } = await hub.query(personQuery, { p }, await hub.as(reader, ['caseworker'], 'TRANSITION_SUPPORT'));
          expect(status).toBe(200);
          expect(body.data.youth.pseudonym).toBe(p);
          expect(body.data.youth[field]).toBeNull();
          const err = body.errors.find((e: { path: string[] }) => e.path.at(-1) === field);
          expect(err.extensions.code).toBe('CONSENT_REQUIRED');
          expect(leaksInternals(body.errors)).toBe(false);
        });
      }
    }

    it('each owner reads its own records without a consent', async () => {
      const p = known[1];
      for (const { owner, field } of owners) {
        const { body } = await hub.query(personQuery, { p }, await hub.as(owner, ['caseworker']));
        if (owner !== 'municipality') expect(body.data.youth[field], owner).not.toBeNull();
        expect(body.errors?.find((e: { path: string[] }) => e.path.at(-1) === field), owner).toBeUndefined();
      }
    });

    it('with a consent the named recipients read every partner\'s fields for the named purpose', async () => {
      const p = known[2];
      await grant(p);
      const { body } = await hub.query(personQuery, { p }, await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.errors).toBeUndefined();
      expect(body.data.youth.schoolLeaving.qualification).toBe(world.pupils.find((x) => x.pseudonym === p)!.qualification);
      expect(body.data.youth.trainingContracts.length).toBe(world.contracts.filter((x) => x.pseudonym === p).length);
    });

    it('a consent for another purpose releases nothing', async () => {
      const p = known[3];
      await grant(p, { purpose: 'CAREER_GUIDANCE', recipients: ['employment'], categories: ['SCHOOL_CAREER'] });
      const { body } = await hub.query(personQuery, { p }, await hub.as('employment', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('CONSENT_REQUIRED');
    });

    it('a consent to one recipient does not release data to another', async () => {
      const p = known[4];
      await grant(p, { recipients: ['employment'] });
      const asChambers = await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT');
      const { body } = await hub.query(personQuery, { p }, asChambers);
      expect(body.data.youth.schoolLeaving).toBeNull();
      const asEmployment = await hub.as('employment', ['caseworker'], 'TRANSITION_SUPPORT');
      expect((await hub.query(personQuery, { p }, asEmployment)).body.data.youth.schoolLeaving).not.toBeNull();
    });

    it('a consent for some categories releases only those', async () => {
      const p = known[5];
      await grant(p, { categories: ['TRAINING'] });
      const { body } = await hub.query(personQuery, { p }, await hub.as('schools', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.trainingContracts).not.toBeNull();
      expect(body.data.youth.guidanceContacts).toBeNull();
    });

    it('after withdrawal the next request is refused everywhere, with no cache serving the old state', async () => {
      const p = known[6];
      const id = await grant(p);
      const asEmployment = await hub.as('employment', ['caseworker'], 'TRANSITION_SUPPORT');
      expect((await hub.query(personQuery, { p }, asEmployment)).body.data.youth.schoolLeaving).not.toBeNull();
      const w = await hub.query('mutation ($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }', { id }, city);
      expect(w.body.data.withdrawConsent.withdrawnAt).toBeTruthy();
      const after = await hub.query(personQuery, { p }, asEmployment);
      expect(after.body.data.youth.schoolLeaving).toBeNull();
      expect(after.body.data.youth.trainingContracts).toBeNull();
      expect(after.body.data.youth.transitionCase).toBeNull();
    });

    it('an expired consent releases nothing', async () => {
      const p = known[7];
      await grant(p, { validFrom: '2022-01-01', validUntil: '2023-12-31' });
      const { body } = await hub.query(personQuery, { p }, await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.errors[0].extensions.code).toBe('CONSENT_REQUIRED');
    });

    it('a consent that has not started yet releases nothing', async () => {
      const p = known[8];
      await grant(p, { validFrom: inYears(1), validUntil: inYears(2) });
      const { body } = await hub.query(personQuery, { p }, await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.schoolLeaving).toBeNull();
    });

    it('a person-level read without a stated purpose is refused with PURPOSE_REQUIRED', async () => {
      const p = known[2];
      const { body } = await hub.query(personQuery, { p }, await hub.as('coordination', ['caseworker']));
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.errors[0].extensions.code).toBe('PURPOSE_REQUIRED');
    });

    it('a coordination analyst reading person-level data is refused even where a consent exists', async () => {
      const p = known[2];
      const { body } = await hub.query(personQuery, { p }, await hub.as('coordination', ['analyst'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.data.youth.trainingContracts).toBeNull();
      expect(new Set(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
    });
  });

  describe('coarse rules from the schema, at the gateway', () => {
    it('the consent register is refused to another partner by @requiresScopes before any subgraph is asked', async () => {
      statements.reset();
      const res = await hub.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: known[0] }, await hub.as('schools', ['admin']));
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.errors[0].message).toContain('Query.consents');
      expect(res.body.data ?? null).toBeNull();
      expect(statements.total()).toBe(0);
    });

    it('a report is refused to a coordination caseworker (not an analyst) before any subgraph is asked', async () => {
      statements.reset();
      const res = await hub.query('{ cohort(year: 2025) { panelSize } }', undefined, await hub.as('coordination', ['caseworker']));
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(statements.total()).toBe(0);
    });

    it('the same document is judged per caller: the analyst who sends it next gets the report', async () => {
      const res = await hub.query('{ cohort(year: 2025) { panelSize } }', undefined, await hub.as('coordination', ['analyst']));
      expect(res.status).toBe(200);
      expect(res.body.data.cohort.panelSize).toBeGreaterThan(0);
    });
  });

  describe('the consent register', () => {
    it('another partner cannot record consents, and nothing is written', async () => {
      const before = await hub.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: known[9] }, city);
      const asSchools = await hub.as('schools', ['admin']);
      const { body } = await hub.query(grantMutation, { input: { pseudonym: known[9], purpose: 'TRANSITION_SUPPORT', recipients: ['schools'], categories: ['TRAINING'], validFrom: today, validUntil: inYears(1), givenBy: 'YOUNG_PERSON', ageAtConsent: 17 } }, asSchools);
      expect(body.data?.grantConsent ?? null).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      const after = await hub.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: known[9] }, city);
      expect(after.body.data.consents).toEqual(before.body.data.consents);
    });

    it('a 14-year-old cannot consent alone: a guardian must, and nothing is written', async () => {
      const input = { pseudonym: known[10], purpose: 'TRANSITION_SUPPORT', recipients: ['schools'], categories: ['TRAINING'], validFrom: today, validUntil: inYears(1), givenBy: 'YOUNG_PERSON', ageAtConsent: 14 };
      // the register may already hold the monitoring consent given at school; it must stay as it was
      const consents = async () => (await hub.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p: known[10] }, city)).body.data.consents;
      const before = await consents();
      const { body } = await hub.query(grantMutation, { input }, city);
      expect(body.errors[0].extensions.code).toBe('GUARDIAN_CONSENT_REQUIRED');
      expect(await consents()).toEqual(before);
    });

    it('a first consent issues a new random pseudonym that the hub then knows', async () => {
      const input = { districtCode: '11', purpose: 'TRANSITION_SUPPORT', recipients: ['employment'], categories: ['RESIDENCE'], validFrom: today, validUntil: inYears(1), givenBy: 'GUARDIAN', ageAtConsent: 14 };
      const { body } = await hub.query(grantMutation, { input }, city);
      const p = body.data.grantConsent.pseudonym;
      expect(p).toMatch(/^Y[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(world.youth.some((y) => y.pseudonym === p)).toBe(false);
      const read = await hub.query('query ($p: ID!) { youth(pseudonym: $p) { district { name } } }', { p }, await hub.as('employment', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(read.body.data.youth.district.name).toBe('Nord-Holland');
    });
  });

  describe('the owners\' release rules, whatever a consent names', () => {
    const consentsOf = async (p: string) => (await hub.query('query ($p: ID!) { consents(pseudonym: $p) { id } }', { p }, city)).body.data.consents;
    const sgb2Query = 'query ($p: ID!) { youth(pseudonym: $p) { receivesSgb2 } }';

    it('the register refuses a consent that releases youth welfare measures for career guidance, names the part, and writes nothing', async () => {
      const p = known[16];
      const before = await consentsOf(p);
      const input = { pseudonym: p, purpose: 'CAREER_GUIDANCE', recipients: ['employment'], categories: ['YOUTH_WELFARE_MEASURES'], validFrom: today, validUntil: inYears(1), givenBy: 'YOUNG_PERSON', ageAtConsent: 17 };
      const { body } = await hub.query(grantMutation, { input }, city);
      expect(body.data?.grantConsent ?? null).toBeNull();
      expect(body.errors[0].extensions).toMatchObject({ code: 'CONSENT_NOT_RELEASABLE', argument: 'categories' });
      expect(body.errors[0].message).toContain('YOUTH_WELFARE_MEASURES → employment');
      expect(await consentsOf(p)).toEqual(before);
    });

    it('SGB II receipt: refused for a chamber at the register; recorded for the coordination office, which then reads it', async () => {
      const p = known[17];
      const before = await consentsOf(p);
      const input = { pseudonym: p, purpose: 'TRANSITION_SUPPORT', recipients: ['coordination', 'chambers'], categories: ['BENEFITS'], validFrom: today, validUntil: inYears(1), givenBy: 'YOUNG_PERSON', ageAtConsent: 17 };
      const refused = await hub.query(grantMutation, { input }, city);
      expect(refused.body.errors[0].extensions.code).toBe('CONSENT_NOT_RELEASABLE');
      expect(refused.body.errors[0].message).toContain('BENEFITS → chambers');
      expect(await consentsOf(p)).toEqual(before);
      const granted = await hub.query(grantMutation, { input: { ...input, recipients: ['coordination'] } }, city);
      expect(granted.body.errors).toBeUndefined();
      const read = await hub.query(sgb2Query, { p }, await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(read.body.errors?.find((e: { path: string[] }) => e.path.at(-1) === 'receivesSgb2')).toBeUndefined();
      expect(typeof read.body.data.youth.receivesSgb2).toBe('boolean');
    });

    it('an owner refuses a consent in the register that names what its rules do not release (one recorded before a rule narrowed)', async () => {
      const p = known[18];
      // Written past the register, as an old consent would stand: SGB II receipt and youth welfare
      // measures to a chamber. The employment agency and the youth welfare office refuse both.
      const em = hub.subgraphs.municipality.subgraph.orm.em.fork();
      await em.insert(Consent, {
        id: '00000000-0000-4000-b000-000000000018',
        pseudonym: p,
        purpose: 'TRANSITION_SUPPORT',
        recipients: ['chambers'],
        categories: ['BENEFITS', 'YOUTH_WELFARE_MEASURES', 'SCHOOL_CAREER'],
        validFrom: today,
        validUntil: inYears(1),
        givenBy: 'YOUNG_PERSON',
        ageAtConsent: 17,
        cohortYear: null,
        recordedAt: new Date(),
        recordedBy: 'before-the-rule',
        withdrawnAt: null,
        withdrawnBy: null,
      } as never);
      const asChambers = await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT');
      const { body } = await hub.query(`query ($p: ID!) { youth(pseudonym: $p) { receivesSgb2 welfareMeasures { measure } schoolLeaving { qualification } } }`, { p }, asChambers);
      expect(body.data.youth.receivesSgb2).toBeNull();
      expect(body.data.youth.welfareMeasures).toBeNull();
      const refusals = body.errors.map((e: { path: string[]; extensions: { code: string } }) => [e.path.at(-1), e.extensions.code]).sort();
      expect(refusals).toEqual([
        ['receivesSgb2', 'CONSENT_REQUIRED'],
        ['welfareMeasures', 'CONSENT_REQUIRED'],
      ]);
      // What the rules do release under the same consent arrives.
      expect(body.data.youth.schoolLeaving).not.toBeNull();
      expect(await auditEntriesAbout(hub.subgraphs.employment.subgraph.orm.em, p)).toEqual([]);
    });
  });

  describe('the owner\'s audit trail', () => {
    const entriesFor = (partner: string, pseudonym: string) =>
      auditEntriesAbout(hub.subgraphs[partner].subgraph.orm.em, pseudonym);

    it('a consented read by another partner is logged by the owner with user, purpose, fields and legal basis', async () => {
      const p = known[11];
      const consentId = await grant(p);
      const headers = { ...(await hub.as('employment', ['caseworker'], 'TRANSITION_SUPPORT')), 'x-hub-case': 'AA-2026-0042' };
      const { body } = await hub.query(personQuery, { p }, headers);
      expect(body.errors).toBeUndefined();
      const [entry] = await entriesFor('schools', p);
      expect(entry).toMatchObject({
        action: 'READ',
        user: 'employment-caseworker',
        partner: 'employment',
        purpose: 'TRANSITION_SUPPORT',
        caseRef: 'AA-2026-0042',
        legalBasis: `consent:${consentId}`,
        fields: ['schoolLeaving'],
      });
    });

    it('a refused read leaves no audit entry and no data', async () => {
      const p = known[12];
      const { body } = await hub.query(personQuery, { p }, await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(await entriesFor('schools', p)).toEqual([]);
    });

    it('the owner reading its own records is not logged as an exchange', async () => {
      const p = known[13];
      await hub.query(personQuery, { p }, await hub.as('schools', ['caseworker']));
      expect(await entriesFor('schools', p)).toEqual([]);
    });

    it('granting and withdrawing a consent are changes in the register\'s own trail', async () => {
      const p = known[14];
      const id = await grant(p);
      await hub.query('mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id }, city);
      const entries = await entriesFor('municipality', p);
      expect(entries.map((e) => [e.action, (e.detail as { change: string }).change])).toEqual([
        ['CHANGE', 'grant'],
        ['CHANGE', 'withdraw'],
      ]);
    });

    it("the subgraph's own database role cannot rewrite an entry; one rewritten by the owner is found and named by the chain verification", async () => {
      const p = known[15];
      await grant(p);
      await hub.query(personQuery, { p }, await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT'));
      const em = hub.subgraphs.schools.subgraph.orm.em.fork();
      expect(await verifyAuditChain(em)).toMatchObject({ ok: true });
      const [entry] = await entriesFor('schools', p);
      const rewrite = `update audit_entry set "user" = 'someone-else' where id = ${Number(entry.id)}`;
      await expect(em.getConnection().execute(rewrite)).rejects.toMatchObject({ code: '42501' });
      // Someone with the owner's password (an operator) can; the chain shows where.
      const owner = new Client({ connectionString: hub.subgraphs.schools.database.ownerUrl });
      await owner.connect();
      try {
        await owner.query(rewrite);
      } finally {
        await owner.end();
      }
      expect(await verifyAuditChain(em)).toMatchObject({ ok: false, firstBrokenId: entry.id });
    });
  });

  describe('subgraphs trust only the gateway', () => {
    const subgraphQuery = '{ _entities(representations: [{ __typename: "Youth", pseudonym: "Y0000000000ZZ" }]) { ... on Youth { pseudonym } } }';

    it('a direct call without a signature is refused before parsing: no data, no schema hints', async () => {
      const sg = hub.subgraphs.schools.subgraph;
      const res = await postGraphQL(sg.url, '{ schoolz { id } }');
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|schools|School/);
    });

    it('a direct call signed with a guessed secret is refused', async () => {
      const sg = hub.subgraphs.schools.subgraph;
      const body = JSON.stringify({ query: subgraphQuery });
      const res = await postRaw(sg.url, body, signRequest(randomBytes(32).toString('hex'), 'schools', caseworker('schools'), body));
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('SIGNATURE_BAD_SIGNATURE');
    });

    it('a captured signed request cannot be replayed', async () => {
      const t = hub.subgraphs.schools;
      const body = JSON.stringify({ query: subgraphQuery });
      const headers = signRequest(t.secret, 'schools', caseworker('schools'), body);
      expect((await postRaw(t.subgraph.url, body, headers)).status).toBe(200);
      const replay = await postRaw(t.subgraph.url, body, headers);
      expect(replay.status).toBe(401);
      expect(replay.body.errors[0].extensions.code).toBe('SIGNATURE_REPLAYED');
    });

    it('a signed request captured at one instance of a subgraph is refused by a second instance over the same database', async () => {
      const t = hub.subgraphs.schools;
      const replica = await t.replica();
      try {
        // Captured on its way to the first instance, replayed to the second.
        const body = JSON.stringify({ query: subgraphQuery });
        const headers = signRequest(t.secret, 'schools', caseworker('schools'), body);
        expect((await postRaw(t.subgraph.url, body, headers)).status).toBe(200);
        const replay = await postRaw(replica.url, body, headers);
        expect(replay.status).toBe(401);
        expect(replay.body.errors[0].extensions.code).toBe('SIGNATURE_REPLAYED');
        expect(replay.body.data).toBeUndefined();
        // And the other way round: the second instance accepts a request once, the first refuses it again.
        const other = signRequest(t.secret, 'schools', caseworker('schools'), body);
        expect((await postRaw(replica.url, body, other)).status).toBe(200);
        const back = await postRaw(t.subgraph.url, body, other);
        expect(back.status).toBe(401);
        expect(back.body.errors[0].extensions.code).toBe('SIGNATURE_REPLAYED');
      } finally {
        await replica.stop();
      }
    });

    it('forwarded claims cannot be altered: a swapped identity breaks the signature', async () => {
      const t = hub.subgraphs.schools;
      const body = JSON.stringify({ query: subgraphQuery });
      const headers = signRequest(t.secret, 'schools', caseworker('employment'), body);
      headers['x-hub-identity'] = Buffer.from(JSON.stringify(caseworker('schools', { roles: ['admin'] }))).toString('base64url');
      const res = await postRaw(t.subgraph.url, body, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('SIGNATURE_BAD_SIGNATURE');
    });

    it('a signed request for another subgraph is refused (secrets and names are per subgraph)', async () => {
      const body = JSON.stringify({ query: subgraphQuery });
      const headers = signRequest(hub.subgraphs.employment.secret, 'employment', caseworker('employment'), body);
      expect((await postRaw(hub.subgraphs.schools.subgraph.url, body, headers)).status).toBe(401);
    });

    it('an old signed request (timestamp outside the window) is refused', async () => {
      const t = hub.subgraphs.schools;
      const body = JSON.stringify({ query: subgraphQuery });
      const headers = signRequest(t.secret, 'schools', caseworker('schools'), body, Date.now() - 5 * 60_000);
      const res = await postRaw(t.subgraph.url, body, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('SIGNATURE_EXPIRED');
    });

    it('a signed body cannot be swapped for another query', async () => {
      const t = hub.subgraphs.schools;
      const headers = signRequest(t.secret, 'schools', caseworker('schools'), JSON.stringify({ query: districtsQuery }));
      const res = await postRaw(t.subgraph.url, JSON.stringify({ query: subgraphQuery }), headers);
      expect(res.status).toBe(401);
    });
  });
});
