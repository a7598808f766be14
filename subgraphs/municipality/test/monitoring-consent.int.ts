import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { municipality } from '../src/subgraph';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';

/*
 * A monitoring consent admits a school leaver to the coordination office's panel, whose records
 * leave the hub only as counts. It must never open the leaver's own fields, whatever purpose the
 * request states: before the fix, a coordination caseworker stating MONITORING read every category
 * of each panel member.
 */
const SCALE = 0.05;

const youthQuery = `query ($p: ID!) { youth(pseudonym: $p) {
  pseudonym
  consentScope { purpose categories consentIds }
  consentKey
  district { code }
  transitionCase { manager }
} }`;

describe('a panel member whose only consent is the monitoring one', () => {
  let sg: TestSubgraph;
  let member: { pseudonym: string; cohortYear: number };

  beforeAll(async () => {
    sg = await startTestSubgraph(municipality, SCALE);
    const db = new Client({ connectionString: sg.database.url });
    await db.connect();
    try {
      // Someone the city knows with a district, whose consents are all monitoring ones, in force today.
      const { rows } = await db.query(
        `SELECT c.pseudonym, min(c.cohort_year) AS "cohortYear" FROM consent c JOIN youth y ON y.pseudonym = c.pseudonym
         WHERE y.district_code IS NOT NULL GROUP BY c.pseudonym
         HAVING bool_and(c.purpose = 'MONITORING' AND c.withdrawn_at IS NULL AND c.valid_from <= current_date AND c.valid_until >= current_date)
         ORDER BY c.pseudonym LIMIT 1`,
      );
      member = rows[0];
    } finally {
      await db.end();
    }
    expect(member?.pseudonym).toBeTruthy();
  });
  afterAll(async () => {
    await sg?.stop();
  });

  for (const roles of [['caseworker'], ['system']] as const) {
    it(`a coordination ${roles[0]} stating MONITORING reads none of their fields, and the register releases nothing`, async () => {
      const { body } = await sg.query(youthQuery, { p: member.pseudonym }, caseworker('coordination', { roles: [...roles], purpose: 'MONITORING' }));
      expect(body.data.youth.pseudonym).toBe(member.pseudonym);
      expect(body.data.youth.consentScope).toEqual({ purpose: 'MONITORING', categories: [], consentIds: [] });
      expect(body.data.youth.consentKey).toBe('v1|coordination|MONITORING||');
      expect(body.data.youth.district).toBeNull();
      expect(body.data.youth.transitionCase).toBeNull();
      const codes = body.errors.map((e: { path: string[]; extensions: { code: string } }) => [e.path.at(-1), e.extensions.code]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ['district', 'PURPOSE_AGGREGATES_ONLY'],
          ['transitionCase', 'PURPOSE_AGGREGATES_ONLY'],
        ]),
      );
    });
  }

  it('stating a case-work purpose instead is refused for want of a consent, as before', async () => {
    const { body } = await sg.query(youthQuery, { p: member.pseudonym }, caseworker('coordination', { purpose: 'TRANSITION_SUPPORT' }));
    expect(body.data.youth.consentScope.categories).toEqual([]);
    expect(body.data.youth.district).toBeNull();
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('CONSENT_REQUIRED');
  });

  it('the coordination office\'s reports still count them in their cohort\'s panel', async () => {
    const analyst = caseworker('coordination', { roles: ['analyst'], purpose: null });
    const { body } = await sg.query('query ($y: Int!) { cohort(year: $y) { panelSize } }', { y: member.cohortYear }, analyst);
    expect(body.errors).toBeUndefined();
    const db = new Client({ connectionString: sg.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT count(DISTINCT pseudonym)::int AS n, bool_or(pseudonym = $2) AS counted FROM consent
         WHERE purpose = 'MONITORING' AND cohort_year = $1 AND withdrawn_at IS NULL AND valid_from <= current_date AND valid_until >= current_date`,
        [member.cohortYear, member.pseudonym],
      );
      expect(rows[0].counted).toBe(true);
      expect(body.data.cohort.panelSize).toBe(rows[0].n);
    } finally {
      await db.end();
    }
  });
});
