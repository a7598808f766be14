import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeContractPanel,
  decodeEmploymentPanel,
  decodePackedContractPanel,
  decodePackedEmploymentPanel,
  decodePackedSchoolPanel,
  decodePackedWelfarePanel,
  decodeSchoolPanel,
  decodeWelfarePanel,
  panelDigest,
} from '@kassel-hub/governance';
import { startTestHub, type TestHub } from './support/hub';
import { caseworker } from './support/subgraph';

/*
 * The partners answer the city's panel by position in the list they were sent (packed-panel.ts).
 * What must hold: the positions decode to the very rows the pseudonym columns carry; a consent
 * withdrawn after the city handed out the panel and before it reads the answers is not counted,
 * however the partners answered; and the positions are only ever read against a list handed to the
 * same caller.
 */

const COHORT = 2025; // its leaving consents are in force today
const REPORT = `query ($year: Int!) { cohort(year: $year) { panelSize destinations(by: DISTRICT) { rows { key total { value suppressed } } total { total { value suppressed } } } } }`;
const PARTNER_PANELS: Record<string, { field: string; old: string }> = {
  schools: { field: 'schoolPanel', old: 'pseudonym schoolId qualification nextStep leavingDate schools { id name district }' },
  chambers: { field: 'contractPanel', old: 'pseudonym kldb startDate terminatedOn occupations { kldb title }' },
  employment: { field: 'employmentPanel', old: 'guidancePseudonym guidanceDate guidanceWish applicantPseudonym applicantOutcome measurePseudonym measure measureStart sgb2Pseudonym' },
  youthwelfare: { field: 'welfarePanel', old: 'pseudonym measure start' },
};

describe('panel answers by position, through the gateway', () => {
  let hub: TestHub;
  const analystA = caseworker('coordination', { sub: 'coordination-analyst-a', roles: ['analyst'], purpose: null });
  const analystB = caseworker('coordination', { sub: 'coordination-analyst-b', roles: ['analyst'], purpose: null });
  const execute = (subgraph: string, text: string, params: unknown[] = []) => hub.subgraphs[subgraph].subgraph.orm.em.fork().getConnection().execute(text, params);
  /** A member of the cohort (a leaver the schools report) whose monitoring consent is in force. */
  const consentingLeavers = async () => {
    const leavers = new Set((await execute('schools', 'select pseudonym from leaver where cohort_year = ?', [COHORT])).map((r: { pseudonym: string }) => r.pseudonym));
    const consents: { id: string; pseudonym: string }[] = await execute(
      'municipality',
      `select id, pseudonym from consent where purpose = 'MONITORING' and cohort_year = ? and withdrawn_at is null and 'coordination' = any(recipients) and valid_from <= current_date and valid_until >= current_date order by pseudonym`,
      [COHORT],
    );
    return consents.filter((c) => leavers.has(c.pseudonym));
  };
  const withdraw = (consentId: string) => execute('municipality', 'update consent set withdrawn_at = now() where id = ?', [consentId]);
  /** The panel as the city hands it to `identity` (and keeps, for that caller). */
  const panelFor = async (identity = analystA) => {
    const { body } = await hub.subgraphs.municipality.query(`query ($y: Int!) { cohort(year: $y) { panel } }`, { y: COHORT }, identity);
    expect(body.errors).toBeUndefined();
    return JSON.parse(body.data.cohort.panel) as string[];
  };
  /** One partner's answer for `panel`, in both forms. */
  const answer = async (partner: string, panel: string[]) => {
    const { field, old } = PARTNER_PANELS[partner];
    const reps = [{ __typename: 'Cohort', year: COHORT, panel: JSON.stringify(panel) }];
    const { body } = await hub.subgraphs[partner].query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cohort { ${field} { packed ${old} } } } }`, { reps }, analystA);
    expect(body.errors).toBeUndefined();
    return body.data._entities[0][field];
  };

  beforeAll(async () => {
    hub = await startTestHub({ scale: 0.5 });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('decodes every partner\'s positions to exactly the rows its pseudonym columns carry', async () => {
    const panel = await panelFor();
    const only = (digest: string) => (digest === panelDigest(panel) ? panel : undefined);
    const byMember = <T extends { pseudonym: string }>(rows: T[]) => [...rows].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const schools = await answer('schools', panel);
    expect(schools.packed.length).toBeLessThan(schools.pseudonym.length + schools.schoolId.length);
    expect(byMember(decodePackedSchoolPanel(schools, only))).toEqual(byMember(decodeSchoolPanel(schools)));
    const contracts = await answer('chambers', panel);
    expect(byMember(decodePackedContractPanel(contracts, only))).toEqual(byMember(decodeContractPanel(contracts)));
    const employment = await answer('employment', panel);
    expect(byMember(decodePackedEmploymentPanel(employment, only))).toEqual(byMember(decodeEmploymentPanel(employment)));
    const welfare = await answer('youthwelfare', panel);
    expect(byMember(decodePackedWelfarePanel(welfare, only))).toEqual(byMember(decodeWelfarePanel(welfare)));
    expect(decodeSchoolPanel(schools).length).toBeGreaterThan(50);
  });

  it('never counts a member whose consent was withdrawn between the city handing out the panel and reading the answers', async () => {
    const analyst = await hub.as('coordination', ['analyst']);
    const before = (await hub.query(REPORT, { year: COHORT }, analyst)).body;
    expect(before.errors).toBeUndefined();
    const [withdrawing] = await consentingLeavers();

    // The schools' panel read waits behind a lock (their rows are read afresh: the data version moved),
    // so the city has handed out the panel and the schools answer only after the withdrawal.
    await execute('schools', 'update leaver set pseudonym = pseudonym where false');
    const knex = hub.subgraphs.schools.subgraph.orm.em.getConnection().getKnex();
    const lock = await knex.transaction();
    let during: Promise<{ body: any }>;
    try {
      await lock.raw('lock table leaver in access exclusive mode');
      during = hub.query(REPORT, { year: COHORT }, analyst);
      await waitFor(async () => Number((await execute('schools', `select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'leaver' and not l.granted`))[0].n) > 0);
      await withdraw(withdrawing.id);
    } finally {
      await lock.rollback();
    }
    const { body } = await during;
    expect(body.errors).toBeUndefined();
    // The panel was handed out before the withdrawal, the table is computed without the member.
    expect(body.data.cohort.panelSize).toBe(before.data.cohort.panelSize);
    const after = (await hub.query(REPORT, { year: COHORT }, analyst)).body;
    expect(after.data.cohort.panelSize).toBe(before.data.cohort.panelSize - 1);
    expect(after.data.cohort.destinations.total.total.value).toBe(before.data.cohort.destinations.total.total.value - 1);
    expect(body.data.cohort.destinations).toEqual(after.data.cohort.destinations);
  });

  it('reads positions only against a list handed to the same caller: another caller gets PANEL_CHANGED', async () => {
    const handed = await panelFor(analystA);
    const answers = Object.fromEntries(await Promise.all(Object.entries(PARTNER_PANELS).map(async ([partner, { field }]) => [field, await answer(partner, handed)])));
    const [withdrawing] = await consentingLeavers();
    await withdraw(withdrawing.id);
    const reps = [{ __typename: 'Cohort', year: COHORT, ...answers }];
    const ask = (identity: typeof analystA) =>
      hub.subgraphs.municipality.query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cohort { destinations(by: CITY) { total { total { value } } } } } }`, { reps }, identity);

    const theirs = await ask(analystA);
    expect(theirs.body.errors).toBeUndefined();
    const other = await ask(analystB);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('PANEL_CHANGED');
    expect(other.body.data?._entities?.[0] ?? null).toBeNull();
    // Handed the panel in force now, B still cannot have answers read against the list A was handed.
    await panelFor(analystB);
    expect(JSON.stringify((await ask(analystB)).body)).toContain('PANEL_CHANGED');
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
