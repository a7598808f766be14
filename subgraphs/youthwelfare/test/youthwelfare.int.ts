import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/kit';
import { youthWelfare } from '../src/subgraph';
import { YouthWelfareRecord } from '../src/entities/youth-welfare-record.entity';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';

const PSEUDONYM = 'Y00000000000A';
const UNKNOWN = 'Y00000000000B';
const records = [
  { id: 'R-2', pseudonym: PSEUDONYM, recordedOn: '2025-03-01' },
  { id: 'R-1', pseudonym: PSEUDONYM, recordedOn: '2024-11-15' },
];

const youthRecords = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Youth { pseudonym youthWelfareRecords { id recordedOn } } } }`;
const coordination: Identity = caseworker('coordination');
const scope = (categories: string[]) => ({ partner: 'coordination', purpose: 'TRANSITION_SUPPORT', categories, consentIds: ['consent-1'] });

describe('youthwelfare subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(youthWelfare);
    await sg.subgraph.orm.em.fork().insertMany(YouthWelfareRecord, records);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the partner\'s own case worker reads a young person\'s records, oldest first', async () => {
    const { body } = await sg.query(youthRecords, { reps: [{ __typename: 'Youth', pseudonym: PSEUDONYM }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].youthWelfareRecords).toEqual([
      { id: 'R-1', recordedOn: '2024-11-15' },
      { id: 'R-2', recordedOn: '2025-03-01' },
    ]);
  });

  it('a young person the partner does not know gets an empty list, not an error', async () => {
    const { body } = await sg.query(youthRecords, { reps: [{ __typename: 'Youth', pseudonym: UNKNOWN }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].youthWelfareRecords).toEqual([]);
  });

  it('another partner without a consent releasing YOUTH_WELFARE_MEASURES gets null and CONSENT_REQUIRED', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentScope: scope([]) }];
    const { body } = await sg.query(youthRecords, { reps }, coordination);
    expect(body.data._entities[0].youthWelfareRecords).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('another partner whose consent releases YOUTH_WELFARE_MEASURES reads the records, and the read is audited', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentScope: scope(['YOUTH_WELFARE_MEASURES']) }];
    const { body } = await sg.query(youthRecords, { reps }, coordination);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].youthWelfareRecords.map((r: { id: string }) => r.id)).toEqual(['R-1', 'R-2']);
    const audited = await sg.subgraph.orm.em.fork().getConnection().execute(
      "select count(*)::int as n from audit_entry where pseudonym = ? and legal_basis = 'consent:consent-1'",
      [PSEUDONYM],
    );
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('a record is read by number by the partner\'s own staff only', async () => {
    const own = await sg.query('{ youthWelfareRecord(id: "R-1") { id recordedOn } }');
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.youthWelfareRecord).toEqual({ id: 'R-1', recordedOn: '2024-11-15' });
    const other = await sg.query('{ youthWelfareRecord(id: "R-1") { id } }', {}, coordination);
    expect(other.body.data?.youthWelfareRecord ?? null).toBeNull();
    expect(other.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records are resolved by key for the partner\'s own staff, null when unknown', async () => {
    const { body } = await sg.query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on YouthWelfareRecord { id recordedOn } } }`, {
      reps: [{ __typename: 'YouthWelfareRecord', id: 'R-2' }, { __typename: 'YouthWelfareRecord', id: 'R-404' }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: 'R-2', recordedOn: '2025-03-01' }, null]);
  });
});
