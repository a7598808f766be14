import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAbout } from '@kassel-hub/governance';
import { Leaver } from '../subgraphs/schools/src/entities/leaver.entity';
import { NextStep, Qualification } from '../subgraphs/schools/src/entities/enums';
import { startTestHub, type TestHub } from './support/hub';

/*
 * A release by law, not by consent: under §31a SGB III schools report leavers without a next step
 * to the employment agency, which must contact them. The young person may object; six months after
 * leaving the release ends.
 */
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};
const leavers = {
  withoutStep: 'YS31A00000001',
  withStep: 'YS31A00000002',
  pastDeadline: 'YS31A00000003',
  objecting: 'YS31A00000004',
};
const query = '{ leaversWithoutNextStep(first: 500) { pseudonym leavingDate qualification legalBasis school { id name } } }';

describe('statutory release §31a SGB III', () => {
  let hub: TestHub;
  let employment: Record<string, string>;
  const released = async (headers = employment) => {
    const { body } = await hub.query(query, undefined, headers);
    return body;
  };

  beforeAll(async () => {
    hub = await startTestHub({ scale: 0.05 });
    employment = await hub.as('employment', ['caseworker'], 'CAREER_GUIDANCE');
    const row = (pseudonym: string, leavingDate: string, nextStep: NextStep | null) => ({
      pseudonym,
      schoolId: 'S001',
      cohortYear: Number(leavingDate.slice(0, 4)),
      leavingDate,
      qualification: Qualification.HAUPT,
      nextStep,
    });
    await hub.subgraphs.schools.subgraph.orm.em.fork().insertMany(Leaver, [
      row(leavers.withoutStep, monthsAgo(2), null),
      row(leavers.withStep, monthsAgo(2), NextStep.APPRENTICESHIP),
      row(leavers.pastDeadline, monthsAgo(7), null),
      row(leavers.objecting, monthsAgo(1), null),
    ]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('employment case workers see exactly the recent leavers without a next step, with the minimum fields', async () => {
    const body = await released();
    expect(body.errors).toBeUndefined();
    const seen = body.data.leaversWithoutNextStep.map((r: { pseudonym: string }) => r.pseudonym).sort();
    expect(seen).toEqual([leavers.withoutStep, leavers.objecting].sort());
    expect(Object.keys(body.data.leaversWithoutNextStep[0]).sort()).toEqual(['leavingDate', 'legalBasis', 'pseudonym', 'qualification', 'school']);
    expect(body.data.leaversWithoutNextStep[0].legalBasis).toBe('§31a SGB III');
  });

  it('every read is audited by the school with the statute as legal basis', async () => {
    await released();
    const entries = (await auditEntriesAbout(hub.subgraphs.schools.subgraph.orm.em, leavers.withoutStep)).filter((e) => e.action === 'READ');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({ partner: 'employment', legalBasis: '§31a SGB III', purpose: 'CAREER_GUIDANCE' });
    expect(entries[0].fields).toEqual(['pseudonym', 'school', 'leavingDate', 'qualification']);
  });

  it('no one but the employment agency receives it, and only for career guidance', async () => {
    const chambers = await released(await hub.as('chambers', ['caseworker'], 'CAREER_GUIDANCE'));
    expect(chambers.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(chambers.data?.leaversWithoutNextStep ?? null).toBeNull();
    const analyst = await released(await hub.as('employment', ['analyst'], 'CAREER_GUIDANCE'));
    expect(analyst.errors[0].extensions.code).toBe('FORBIDDEN');
    const otherPurpose = await released(await hub.as('employment', ['caseworker'], 'TRAINING_PLACEMENT'));
    expect(otherPurpose.errors[0].extensions.code).toBe('PURPOSE_REQUIRED');
  });

  it('an objection recorded by the school stops the release from the next request on', async () => {
    const asSchool = await hub.as('schools', ['caseworker']);
    const { body } = await hub.query('mutation ($p: ID!) { objectToStatutoryReport(pseudonym: $p) { release } }', { p: leavers.objecting }, asSchool);
    expect(body.data.objectToStatutoryReport.release).toBe('SGB3_31A');
    const after = await released();
    expect(after.data.leaversWithoutNextStep.map((r: { pseudonym: string }) => r.pseudonym)).toEqual([leavers.withoutStep]);
  });

  it('the employment agency cannot record or lift an objection itself', async () => {
    const { body } = await hub.query('mutation ($p: ID!) { objectToStatutoryReport(pseudonym: $p) { release } }', { p: leavers.withoutStep }, employment);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await released()).data.leaversWithoutNextStep.map((r: { pseudonym: string }) => r.pseudonym)).toContain(leavers.withoutStep);
  });
});
