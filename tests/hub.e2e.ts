import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@kassel-hub/kit';
import { generate } from '@kassel-hub/datagen';
import { exampleQuery } from '../gateway/src/example';
import { startTestHub, type TestHub } from './support/hub';
import { leaksInternals } from './support/http';

// The README's example must run as written against the seed data, so this hub uses scale 1.
const world = generate({ seed: 2014, scale: 1 });

/** The README's first `graphql` block and the `json` block right after it. */
function readmeExample(): { query: string; variables: Record<string, unknown> } {
  const readme = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
  const m = /```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README has no graphql block followed by a json block');
  return { query: m[1], variables: JSON.parse(m[2]) };
}

describe('the hub end to end through the gateway', () => {
  let hub: TestHub;
  let asCity: Record<string, string>;
  let asCoordination: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub({ scale: 1 });
    asCity = await hub.as('municipality', ['caseworker'], 'TRANSITION_SUPPORT');
    // The README's reader: the coordination office's caseworker, whom the seeded consents name.
    asCoordination = await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('the README example returns one young person with data from all four partners', async () => {
    const { query, variables } = readmeExample();
    expect(query).toBe(exampleQuery);
    const { status, body } = await hub.query(query, variables, asCoordination);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const y = body.data.youth;
    const p = variables.pseudonym as string;
    expect(y.pseudonym).toBe(p);
    // municipality
    expect(y.district.code).toBe(world.youth.find((x) => x.pseudonym === p)!.districtCode);
    expect(y.transitionCase.manager).toBe(world.cases.find((c) => c.pseudonym === p)!.manager);
    // schools
    expect(y.schoolLeaving.qualification).toBe(world.pupils.find((x) => x.pseudonym === p)!.qualification);
    expect(y.schoolLeaving.school.name).toBe(world.schools.find((s) => s.id === world.pupils.find((x) => x.pseudonym === p)!.schoolId)!.name);
    // employment
    expect(y.guidanceContacts).toHaveLength(world.guidance.filter((g) => g.pseudonym === p).length);
    expect(y.applications).toHaveLength(world.applicants.filter((a) => a.pseudonym === p).length);
    // chambers
    const contracts = world.contracts.filter((c) => c.pseudonym === p);
    expect(y.trainingContracts).toHaveLength(contracts.length);
    expect(y.trainingContracts[0].occupation.kldb).toBe(contracts.sort((a, b) => a.startDate.localeCompare(b.startDate))[0].occupationKldb);
    expect(contracts.length).toBeGreaterThan(0);
  });

  it('a consenting young person known to only some partners gets empty lists from the others, not errors', async () => {
    const inEmployment = new Set([...world.guidance, ...world.applicants, ...world.measures].map((x) => x.pseudonym));
    const inChambers = new Set(world.contracts.map((x) => x.pseudonym));
    // Seeded consents run three years from the case's opening: pick one still in force.
    const c = world.cases.find((x) => x.openedOn >= '2024-01-01' && !inEmployment.has(x.pseudonym) && !inChambers.has(x.pseudonym))!;
    const { body } = await hub.query(exampleQuery, { pseudonym: c.pseudonym }, asCoordination);
    expect(body.errors).toBeUndefined();
    expect(body.data.youth).toMatchObject({ pseudonym: c.pseudonym, guidanceContacts: [], applications: [], trainingContracts: [] });
    expect(body.data.youth.schoolLeaving.school).not.toBeNull();
  });

  it('the coordination office reads a consenting young person\'s Jugendwerkstatt from the youth welfare office, which refuses it for career guidance', async () => {
    // Seeded consents of a case name every category and run three years from its opening.
    const inForce = new Set(world.cases.filter((c) => c.openedOn >= '2024-01-01').map((c) => c.pseudonym));
    const p = world.welfare.find((w) => inForce.has(w.pseudonym))!.pseudonym;
    const query = `query ($p: ID!) { youth(pseudonym: $p) { pseudonym welfareMeasures { id measure start end } } }`;
    const { body } = await hub.query(query, { p }, asCoordination);
    expect(body.errors).toBeUndefined();
    expect(body.data.youth.welfareMeasures).toEqual(world.welfare.filter((w) => w.pseudonym === p).map((w) => ({ id: w.id, measure: w.measure, start: w.start, end: w.end })));
    const guidance = await hub.query(query, { p }, await hub.as('coordination', ['caseworker'], 'CAREER_GUIDANCE'));
    expect(guidance.body.data.youth.welfareMeasures).toBeNull();
    expect(guidance.body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('resolving 10 or 500 young people across all partners costs the same number of SQL statements', async () => {
    const counters = Object.values(hub.subgraphs).map((s) => countStatements(s.subgraph.orm));
    const run = async (n: number) => {
      counters.forEach((c) => c.reset());
      // Young people with a case: some with a consent in force, some whose consent expired.
      const pseudonyms = world.cases.slice(-n).map((c) => c.pseudonym);
      const { body } = await hub.query(
        `query ($ps: [ID!]!) { youths(pseudonyms: $ps) {
          pseudonym district { name } transitionCase { outcome } welfareMeasures { measure }
          schoolLeaving { qualification school { name hasTransitionManager district { name } } } orientationActivities { kind company { name } }
          guidanceContacts { date wish { title } } applications { outcome target { title } } measures { measure } receivesSgb2
          trainingContracts { startDate company { name district { name } occupations { title } } occupation { title } }
        } }`,
        { ps: [...new Set(pseudonyms)] },
        asCoordination,
      );
      expect(body.data.youths).toHaveLength(new Set(pseudonyms).size);
      return counters.map((c) => c.count);
    };
    const few = await run(10);
    const many = await run(500);
    counters.forEach((c) => c.stop());
    expect(few.every((n) => n > 0)).toBe(true);
    expect(many).toEqual(few);
  });

  it('invalid arguments get a GraphQL error with a code and no stack trace', async () => {
    const cases: [string, string][] = [
      ['{ youth(pseudonym: "Anna-2007-03-01") { pseudonym } }', 'INVALID_PSEUDONYM'],
      ['{ district(code: "42") { name } }', 'UNKNOWN_DISTRICT'],
      ['{ schools(first: -5) { id } }', 'INVALID_PAGE_SIZE'],
      ['{ companies(districtCode: "7") { id } }', 'UNKNOWN_DISTRICT'],
    ];
    for (const [query, code] of cases) {
      const { status, body } = await hub.query(query, undefined, asCity);
      expect(status, query).toBe(200);
      expect(body.errors?.[0]?.extensions?.code, query).toBe(code);
      expect(leaksInternals(body.errors), query).toBe(false);
    }
  });

  it('a partner\'s database role cannot connect to another partner\'s database', async () => {
    const schools = new URL(hub.subgraphs.schools.database.url);
    schools.pathname = `/${hub.subgraphs.chambers.database.database}`;
    const client = new Client({ connectionString: schools.toString() });
    await expect(client.connect()).rejects.toMatchObject({ code: '42501' });
    await client.end().catch(() => undefined);
  });

  it('gateway and every subgraph count the README example on /metrics, by subgraph and error code, with no pseudonym or token in them', async () => {
    const { query, variables } = readmeExample();
    expect((await hub.query(query, variables, asCoordination)).body.errors).toBeUndefined();
    // An analyst may read aggregates only: each person-level field is refused by its owner.
    const analyst = await hub.as('coordination', ['analyst'], 'TRANSITION_SUPPORT');
    const refused = await hub.query(query, variables, analyst);
    expect(refused.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('FORBIDDEN');

    const scrape = async (url: string) => {
      const res = await fetch(new URL('/metrics', url));
      expect(res.status).toBe(200);
      return res.text();
    };
    const gateway = await scrape(hub.gateway.url);
    expect(gateway).toMatch(/^graphql_envelop_request_duration_count\{operationName="YouthAcrossPartners",operationType="query"\} [1-9]/m);
    expect(gateway).toMatch(/^graphql_envelop_error_result\{phase="execute",code="FORBIDDEN",operationType="query"\} [1-9]/m);
    for (const name of ['municipality', 'schools', 'employment', 'chambers']) {
      expect(gateway, name).toMatch(new RegExp(`^graphql_gateway_subgraph_execute_duration_count\\{.*subgraphName="${name}".*\\} [1-9]`, 'm'));
      const sub = await scrape(hub.subgraphs[name]!.subgraph.url);
      expect(sub, name).toMatch(new RegExp(`^hub_subgraph_requests_total\\{status="200",subgraph="${name}"\\} [1-9]`, 'm'));
      expect(sub, name).toMatch(/^hub_subgraph_operation_duration_seconds_count\{subgraph="\w+",operation="query"\} [1-9]/m);
      expect(sub, name).toMatch(/^hub_subgraph_errors_total\{code="FORBIDDEN",subgraph="\w+"\} [1-9]/m);
      expect(sub, name).toMatch(/^hub_subgraph_consent_refusals_total\{requester="coordination",subgraph="\w+"\} [1-9]/m);
      // The coordination office's read was released by every partner, so each logged it.
      expect(sub, name).toMatch(/^hub_subgraph_audit_entries_total\{subgraph="\w+"\} [1-9]/m);
      expect(sub).not.toContain(variables.pseudonym as string);
    }
    expect(gateway).not.toContain(variables.pseudonym as string);
    expect(gateway).not.toMatch(/Bearer|eyJ/);
  });
});
