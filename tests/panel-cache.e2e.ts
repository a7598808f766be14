import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrap } from '@mikro-orm/postgresql';
import { subgraphs } from '@kassel-hub/registry';
import { TrainingContract } from '../subgraphs/chambers/src/entities/training-contract.entity';
import { startTestHub, type TestHub } from './support/hub';
import { caseworker, startTestSubgraph, type TestSubgraph } from './support/subgraph';

/*
 * A partner keeps its panel rows between report requests (panel-cache.ts). What must still hold on
 * every request, warm or cold: a write to the partner's tables shows in the next panel, the panel
 * answers exactly the pseudonyms the city sent with this request (a withdrawn consent is gone at
 * once), the caller is authorized and the release audited each time, and a caller the panel is
 * not for gets nothing, whoever asked before.
 */

const YEAR = 2024;
const analyst = caseworker('coordination', { sub: 'coordination-analyst-1', roles: ['analyst'], purpose: null });
const manager = caseworker('municipality', { sub: 'municipality-manager-1', purpose: 'TRANSITION_SUPPORT' });
const QUERY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cohort { contractPanel { pseudonym kldb startDate terminatedOn } } } }`;

describe('the partners\' panel rows, kept between requests', () => {
  let chambers: TestSubgraph;
  let members: string[];
  const sql = (text: string, params: unknown[] = []) => chambers.subgraph.orm.em.fork().getConnection().execute(text, params);
  const contractPanel = async (panel: string[], identity = analyst) => {
    const reps = [{ __typename: 'Cohort', year: YEAR, panel: JSON.stringify(panel) }];
    const { body } = await chambers.query(QUERY, { reps }, identity);
    return body as { data?: { _entities: { contractPanel: Record<string, string> }[] } | null; errors?: { extensions?: { code?: string } }[] };
  };
  const rowsOf = async (panel: string[]) => {
    const body = await contractPanel(panel);
    expect(body.errors).toBeUndefined();
    const c = body.data!._entities[0].contractPanel;
    const pseudonyms = JSON.parse(c.pseudonym) as string[];
    const startDates = JSON.parse(c.startDate) as string[];
    const terminatedOn = JSON.parse(c.terminatedOn) as (string | null)[];
    // Contracts starting on one day come in no particular order.
    const rows = pseudonyms.map((p, i) => ({ pseudonym: p, startDate: startDates[i], terminatedOn: terminatedOn[i] }));
    return rows.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.pseudonym.localeCompare(b.pseudonym) || String(a.terminatedOn).localeCompare(String(b.terminatedOn)));
  };
  /** The statements `run` sent that read training contracts. */
  const contractReads = async (run: () => Promise<unknown>) => {
    const knex = chambers.subgraph.orm.em.getConnection().getKnex();
    const seen: string[] = [];
    const onQuery = (q: { sql: string }) => seen.push(q.sql);
    knex.on('query', onQuery);
    try {
      await run();
    } finally {
      knex.removeListener('query', onQuery);
    }
    return seen.filter((q) => /from "training_contract"/.test(q)).length;
  };
  const releases = async () => Number((await sql(`select count(*)::int as n from audit_entry where legal_basis = ?`, [`consent:MONITORING:${YEAR}`]))[0].n);

  beforeAll(async () => {
    chambers = await startTestSubgraph(subgraphs.find((s) => s.name === 'chambers')!, 0.05);
    const rows: { pseudonym: string }[] = await sql('select distinct pseudonym from training_contract order by pseudonym limit 40');
    members = rows.map((r) => r.pseudonym);
    expect(members.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await chambers?.stop();
  });

  it('shows a new record and a changed record in the next panel, and audits every request', async () => {
    let before: Awaited<ReturnType<typeof rowsOf>> = [];
    expect(await contractReads(async () => (before = await rowsOf(members)))).toBe(1);
    // Kept: the same panel at the same data version is not read again.
    expect(await contractReads(async () => expect(await rowsOf(members)).toEqual(before))).toBe(0);

    const em = chambers.subgraph.orm.em.fork();
    const first = await em.findOneOrFail(TrainingContract, { pseudonym: members[0] });
    em.create(TrainingContract, { ...wrap(first).toObject(), id: 'TC-CACHE-NEW', registerNumber: 'CACHE-NEW-1', startDate: '2026-08-01', terminatedOn: null });
    await em.flush();
    const added = await rowsOf(members);
    expect(added).toHaveLength(before.length + 1);
    expect(added).toContainEqual({ pseudonym: members[0], startDate: '2026-08-01', terminatedOn: null });

    await sql(`update training_contract set terminated_on = '2026-09-15' where id = 'TC-CACHE-NEW'`);
    expect(await rowsOf(members)).toContainEqual({ pseudonym: members[0], startDate: '2026-08-01', terminatedOn: '2026-09-15' });

    await sql(`delete from training_contract where id = 'TC-CACHE-NEW'`);
    expect(await rowsOf(members)).toEqual(before);

    // Warm or cold, each release is one audit entry of its own.
    const audited = await releases();
    await rowsOf(members);
    await rowsOf(members);
    expect(await releases()).toBe(audited + 2);
  });

  it('answers the panel sent with this request: a withdrawn member is gone at once, and comes back only when sent', async () => {
    const all = await rowsOf(members);
    const withdrawn = members[1];
    expect(all.some((r) => r.pseudonym === withdrawn)).toBe(true);
    const without = await rowsOf(members.filter((p) => p !== withdrawn));
    expect(without.some((r) => r.pseudonym === withdrawn)).toBe(false);
    expect(without).toEqual(all.filter((r) => r.pseudonym !== withdrawn));
    expect(await rowsOf(members)).toEqual(all);
  });

  it('gives a caller the panel is not for nothing, however warm the rows are', async () => {
    await rowsOf(members);
    const audited = await releases();
    for (const identity of [caseworker('chambers'), caseworker('coordination', { roles: ['caseworker'], purpose: 'TRANSITION_SUPPORT' })]) {
      const body = await contractPanel(members, identity);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body.data ?? null)).not.toContain(members[0]);
    }
    expect(await releases()).toBe(audited);
    // A caller it is for, with another purpose and another panel, gets that panel, audited as theirs.
    const theirs = members.slice(0, 5);
    const body = await contractPanel(theirs, manager);
    expect(body.errors).toBeUndefined();
    const released = JSON.parse(body.data!._entities[0].contractPanel.pseudonym) as string[];
    expect(new Set(released)).toEqual(new Set(theirs.filter((p) => released.includes(p))));
    expect(released.every((p) => theirs.includes(p))).toBe(true);
    const [entry] = await sql(`select "user", purpose from audit_entry where legal_basis = ? order by id desc limit 1`, [`consent:MONITORING:${YEAR}`]);
    expect(entry).toEqual({ user: manager.sub, purpose: 'TRANSITION_SUPPORT' });
  });
});

describe('a report after a withdrawal, through the gateway', () => {
  let hub: TestHub;
  const COHORT = 2025; // its leaving consents are in force today
  const report = async (headers: Record<string, string>) =>
    (await hub.query(`query ($year: Int!) { cohort(year: $year) { panelSize destinations(by: CITY) { total { total { value suppressed } } } } }`, { year: COHORT }, headers)).body;
  const execute = (subgraph: string, text: string, params: unknown[] = []) => hub.subgraphs[subgraph].subgraph.orm.em.fork().getConnection().execute(text, params);

  beforeAll(async () => {
    hub = await startTestHub({ scale: 0.5 });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('counts a member no longer from the next request on, and answers no other caller from what it kept', async () => {
    const analyst = await hub.as('coordination', ['analyst']);
    const before = await report(analyst);
    expect(before.errors).toBeUndefined();
    expect(await report(analyst)).toEqual(before);
    const { panelSize, destinations } = before.data.cohort;

    // A member of the cohort (a leaver the schools report) withdraws the monitoring consent.
    const leavers = new Set((await execute('schools', 'select pseudonym from leaver where cohort_year = ?', [COHORT])).map((r: { pseudonym: string }) => r.pseudonym));
    const consents: { id: string; pseudonym: string }[] = await execute(
      'municipality',
      `select id, pseudonym from consent where purpose = 'MONITORING' and cohort_year = ? and withdrawn_at is null and 'coordination' = any(recipients) and valid_from <= current_date and valid_until >= current_date order by pseudonym`,
      [COHORT],
    );
    const withdrawing = consents.find((c) => leavers.has(c.pseudonym))!;
    await execute('municipality', 'update consent set withdrawn_at = now() where id = ?', [withdrawing.id]);

    const after = await report(analyst);
    expect(after.errors).toBeUndefined();
    expect(after.data.cohort.panelSize).toBe(panelSize - 1);
    expect(after.data.cohort.destinations.total.total).toEqual({ value: destinations.total.total.value - 1, suppressed: false });

    // Another caller, after the rows are kept: refused, not answered from them.
    for (const headers of [await hub.as('chambers', ['caseworker'], 'TRANSITION_SUPPORT'), await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT')]) {
      const body = await report(headers);
      expect(body.data?.cohort ?? null).toBeNull();
      expect(body.errors?.length).toBeGreaterThan(0);
    }
  });
});
