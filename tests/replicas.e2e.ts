import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@kassel-hub/governance';
import type { RunningSubgraph } from '@kassel-hub/kit';
import { generate } from '@kassel-hub/datagen';
import { partnerNames } from '@kassel-hub/registry';
import { createTestDatabase } from './support/databases';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';
import { inYears, withSchoolGuidanceAndContract, today } from './support/people';
import { postRaw } from './support/http';
import { startRoundRobin, type RoundRobin } from './support/round-robin';

/*
 * A deployment with replicas: two gateways, and two instances of each partner's subgraph over that
 * partner's one database, each pair behind a round-robin balancer. What must hold for the whole
 * deployment, not per process: a captured upstream request is refused by the other instance, every
 * instance appends to one intact audit chain, and a withdrawn consent stops every instance at once.
 */
const SCALE = 0.05;
const PARTNERS = partnerNames;
const world = generate({ seed: 2014, scale: SCALE });

/** Someone every partner knows, so that each partner's instances have something to release. */
const person = withSchoolGuidanceAndContract(world);
const personQuery = `query ($p: ID!) { youth(pseudonym: $p) {
  pseudonym district { name } schoolLeaving { qualification } guidanceContacts { date } trainingContracts { startDate } welfareMeasures { start }
} }`;
const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('two gateways and two instances of every subgraph behind round-robin balancers', () => {
  let hub: TestHub;
  let gateways: TestGateway[];
  let coordination: Record<string, string>;
  let consentId: string;
  const replicas: RunningSubgraph[] = [];
  const balancers: Record<string, RoundRobin> = {};

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    for (const name of PARTNERS) {
      const replica = await hub.subgraphs[name]!.replica();
      replicas.push(replica);
      balancers[name] = await startRoundRobin([hub.subgraphs[name]!.subgraph.url, replica.url]);
    }
    const urls = Object.fromEntries(PARTNERS.map((n) => [`${n.toUpperCase()}_URL`, balancers[n]!.url]));
    gateways = [await hub.startGateway(urls), await hub.startGateway(urls)];
    coordination = await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT');
    const city = await hub.as('municipality', ['caseworker']);
    const input = {
      pseudonym: person,
      purpose: 'TRANSITION_SUPPORT',
      recipients: ['coordination'],
      categories: ['RESIDENCE', 'CASE_WORK', 'SCHOOL_CAREER', 'GUIDANCE', 'APPLICATIONS', 'BENEFITS', 'TRAINING', 'YOUTH_WELFARE_MEASURES'],
      validFrom: today,
      validUntil: inYears(1),
      givenBy: 'YOUNG_PERSON',
      ageAtConsent: 16,
    };
    const granted = await gateways[1]!.query('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input }, city);
    expect(granted.body.errors).toBeUndefined();
    consentId = granted.body.data.grantConsent.id;
  });
  afterAll(async () => {
    await Promise.all(Object.values(balancers).map((b) => b!.stop()));
    await Promise.all(replicas.map((r) => r.stop()));
    await hub?.stop();
  });

  /** Reads the person through each gateway in turn, so that every instance of every partner serves. */
  const readEverywhere = (times: number) => Promise.all(Array.from({ length: times }, (_, i) => gateways[i % 2]!.query(personQuery, { p: person }, coordination)));

  it('reads come from both instances of every partner, through both gateways', async () => {
    const before = Object.fromEntries(PARTNERS.map((n) => [n, balancers[n]!.passed.length]));
    for (const { body } of await readEverywhere(8)) {
      expect(body.errors).toBeUndefined();
      expect(body.data.youth.trainingContracts.length).toBeGreaterThan(0);
    }
    for (const name of PARTNERS) {
      const served = new Set(balancers[name]!.passed.slice(before[name]).map((r) => r.upstream));
      expect(served.size, name).toBe(2);
    }
  });

  it('a signed request captured on its way to one instance is refused by the other (the nonces are shared)', async () => {
    const captured = balancers.schools!.passed.at(-1)!;
    const other = [hub.subgraphs.schools!.subgraph.url, replicas[1]!.url].find((u) => new URL(u).origin !== captured.upstream)!;
    const headers = Object.fromEntries(Object.entries(captured.headers).filter(([k, v]) => k.startsWith('x-hub-') && typeof v === 'string')) as Record<string, string>;
    const replayed = await postRaw(other, captured.body.toString('utf8'), headers);
    expect(replayed.status).toBe(401);
    expect(codes(replayed.body.errors)).toEqual(['SIGNATURE_REPLAYED']);
  });

  it('both instances append to one audit chain per partner, which stays intact under concurrent reads', async () => {
    for (const { body } of await readEverywhere(24)) expect(body.errors).toBeUndefined();
    for (const name of PARTNERS) {
      const verdict = await verifyAuditChain(hub.subgraphs[name]!.subgraph.orm.em.fork());
      expect(verdict.ok, `${name}: ${JSON.stringify(verdict)}`).toBe(true);
      const writers = await hub.subgraphs[name]!.subgraph.orm.em.fork().execute<{ n: number }[]>("select count(*)::int as n from audit_entry where action = 'READ' and pseudonyms @> array[?]::text[]", [person]);
      expect(writers[0]!.n, name).toBeGreaterThanOrEqual(16);
    }
  });

  it('a consent withdrawn through one gateway stops every instance of every partner with the next request', async () => {
    const city = await hub.as('municipality', ['caseworker']);
    const withdrawn = await gateways[0]!.query('mutation ($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }', { id: consentId }, city);
    expect(withdrawn.body.errors).toBeUndefined();
    const before = Object.fromEntries(PARTNERS.map((n) => [n, balancers[n]!.passed.length]));
    for (const { body } of await readEverywhere(8)) {
      expect(body.data.youth.schoolLeaving).toBeNull();
      expect(body.data.youth.guidanceContacts).toBeNull();
      expect(body.data.youth.trainingContracts).toBeNull();
      expect(new Set(codes(body.errors))).toEqual(new Set(['CONSENT_REQUIRED']));
    }
    for (const name of ['schools', 'employment', 'chambers'] as const) {
      expect(new Set(balancers[name]!.passed.slice(before[name]).map((r) => r.upstream)).size, name).toBe(2);
    }
  });

  it("a caller's rate limit holds for the whole deployment when the replicas share their buckets, and per replica when not", async () => {
    const db = await createTestDatabase('gateway');
    try {
      const limits = { GATEWAY_RATE_LIMIT_PER_SECOND: '0.01', GATEWAY_RATE_LIMIT_BURST: '3' };
      const shared = [await hub.startGateway({ ...limits, GATEWAY_RATE_LIMIT_DATABASE_URL: db.url }), await hub.startGateway({ ...limits, GATEWAY_RATE_LIMIT_DATABASE_URL: db.url })];
      const alone = [await hub.startGateway(limits), await hub.startGateway(limits)];
      const statuses = async (pair: TestGateway[], caller: Record<string, string>) => {
        const out: number[] = [];
        for (let i = 0; i < 8; i++) out.push((await pair[i % 2]!.query('{ __typename }', undefined, caller)).status);
        return out;
      };
      // Three requests in all, then 429 from either replica.
      expect(await statuses(shared, await hub.as('schools', ['system']))).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
      // The control: replicas counting alone let the same caller through three times each.
      expect(await statuses(alone, await hub.as('chambers', ['system']))).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await db.drop();
    }
  });
});
