import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { decodeWelfarePanel } from '@kassel-hub/governance';
import { encodeConsentKey, type DataCategory } from '@kassel-hub/kit';
import { generate } from '@kassel-hub/datagen';
import { youthWelfare } from '../src/subgraph';
import { WelfareParticipation } from '../src/entities/welfare-participation.entity';
import { WelfareMeasure } from '../src/entities/enums';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const PSEUDONYM = 'Y00000000000A';
const UNKNOWN = 'Y00000000000B';
const records = [
  { id: 'R-2', pseudonym: PSEUDONYM, measure: WelfareMeasure.SUPPORTED_YOUTH_HOUSING, start: '2025-03-01', end: null },
  { id: 'R-1', pseudonym: PSEUDONYM, measure: WelfareMeasure.JUGENDWERKSTATT, start: '2024-11-15', end: '2025-06-30' },
];

const youthMeasures = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Youth { pseudonym welfareMeasures { id measure start end } } } }`;
const asPartner = (partner: Identity['partner'], purpose: Identity['purpose']): Identity => caseworker(partner, { purpose });
const key = (partner: string, purpose: string, categories: DataCategory[]) => encodeConsentKey({ partner, purpose, categories, consentIds: ['consent-1'] });

describe('youthwelfare subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(youthWelfare, SCALE);
    await sg.subgraph.orm.em.fork().insertMany(WelfareParticipation, records);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the generated Kassel\'s Jugendwerkstatt participations are seeded into the youth welfare office', async () => {
    const w = world.welfare[0];
    const { body } = await sg.query(youthMeasures, { reps: [{ __typename: 'Youth', pseudonym: w.pseudonym }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].welfareMeasures).toEqual(
      world.welfare.filter((x) => x.pseudonym === w.pseudonym).map((x) => ({ id: x.id, measure: x.measure, start: x.start, end: x.end })),
    );
  });

  it('the office\'s own case worker reads a young person\'s measures, oldest first', async () => {
    const { body } = await sg.query(youthMeasures, { reps: [{ __typename: 'Youth', pseudonym: PSEUDONYM }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].welfareMeasures).toEqual([
      { id: 'R-1', measure: 'JUGENDWERKSTATT', start: '2024-11-15', end: '2025-06-30' },
      { id: 'R-2', measure: 'SUPPORTED_YOUTH_HOUSING', start: '2025-03-01', end: null },
    ]);
  });

  it('a young person the office does not know gets an empty list, not an error', async () => {
    const { body } = await sg.query(youthMeasures, { reps: [{ __typename: 'Youth', pseudonym: UNKNOWN }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].welfareMeasures).toEqual([]);
  });

  it('another partner without a consent releasing YOUTH_WELFARE_MEASURES gets null and CONSENT_REQUIRED', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key('coordination', 'TRANSITION_SUPPORT', ['CASE_WORK']) }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('coordination', 'TRANSITION_SUPPORT'));
    expect(body.data._entities[0].welfareMeasures).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('the coordination office, whose consent releases YOUTH_WELFARE_MEASURES, reads the measures, and the read is audited', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key('coordination', 'TRANSITION_SUPPORT', ['YOUTH_WELFARE_MEASURES']) }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('coordination', 'TRANSITION_SUPPORT'));
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].welfareMeasures.map((r: { id: string }) => r.id)).toEqual(['R-1', 'R-2']);
    const audited = await sg.subgraph.orm.em
      .fork()
      .getConnection()
      .execute("select count(*)::int as n from audit_entry where pseudonyms @> array[?]::text[] and legal_basis = 'consent:consent-1' and partner = 'coordination'", [PSEUDONYM]);
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('a chamber gets no youth-welfare measures even for joint case work, whatever a consent names (§65 SGB VIII)', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key('chambers', 'TRANSITION_SUPPORT', ['YOUTH_WELFARE_MEASURES']) }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('chambers', 'TRANSITION_SUPPORT'));
    expect(body.data._entities[0].welfareMeasures).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('the employment agency gets no youth-welfare measures for career guidance, even when a consent names them', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key('employment', 'CAREER_GUIDANCE', ['YOUTH_WELFARE_MEASURES']) }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('employment', 'CAREER_GUIDANCE'));
    expect(body.data._entities[0].welfareMeasures).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
    expect(body.errors?.[0].message).toMatch(/YOUTH_WELFARE_MEASURES/);
  });

  it('a key naming YOUTH_WELFARE_MEASURES for another partner releases nothing to the requester', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key('coordination', 'TRANSITION_SUPPORT', ['YOUTH_WELFARE_MEASURES']) }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('employment', 'TRANSITION_SUPPORT'));
    expect(body.data._entities[0].welfareMeasures).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('a malformed consent key releases nothing: the young person is refused with CONSENT_KEY_MALFORMED', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: 'v1|coordination|TRANSITION_SUPPORT|YOUTH_WELFARE_MEASURES,ALL|consent-1' }];
    const { body } = await sg.query(youthMeasures, { reps }, asPartner('coordination', 'TRANSITION_SUPPORT'));
    expect(body.data?._entities?.[0] ?? null).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_KEY_MALFORMED');
    expect(JSON.stringify(body)).not.toMatch(/R-1|JUGENDWERKSTATT|at .*\.js/);
  });

  it('a participation is read by number by the office\'s own staff only', async () => {
    const own = await sg.query('{ welfareParticipation(id: "R-1") { id measure start } }');
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.welfareParticipation).toEqual({ id: 'R-1', measure: 'JUGENDWERKSTATT', start: '2024-11-15' });
    const other = await sg.query('{ welfareParticipation(id: "R-1") { id } }', {}, asPartner('coordination', 'TRANSITION_SUPPORT'));
    expect(other.body.data?.welfareParticipation ?? null).toBeNull();
    expect(other.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('participations are resolved by key for the office\'s own staff, null when unknown', async () => {
    const { body } = await sg.query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on WelfareParticipation { id measure } } }`, {
      reps: [{ __typename: 'WelfareParticipation', id: 'R-2' }, { __typename: 'WelfareParticipation', id: 'R-404' }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: 'R-2', measure: 'SUPPORTED_YOUTH_HOUSING' }, null]);
  });

  it('the panel members\' measures go to the coordination office\'s analysts only, audited with the monitoring consents as basis', async () => {
    const cohortYear = 2014;
    const members = [PSEUDONYM, UNKNOWN];
    const panelQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cohort { welfarePanel { pseudonym measure start } } } }`;
    const reps = [{ __typename: 'Cohort', year: cohortYear, panel: members }];
    const analyst: Identity = { ...asPartner('coordination', null), roles: ['analyst'] };
    const { body } = await sg.query(panelQuery, { reps }, analyst);
    expect(body.errors).toBeUndefined();
    expect(decodeWelfarePanel(body.data._entities[0].welfarePanel)).toEqual([
      { pseudonym: PSEUDONYM, measure: 'JUGENDWERKSTATT', start: '2024-11-15' },
      { pseudonym: PSEUDONYM, measure: 'SUPPORTED_YOUTH_HOUSING', start: '2025-03-01' },
    ]);
    const refused = await sg.query(panelQuery, { reps }, asPartner('employment', 'CAREER_GUIDANCE'));
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
