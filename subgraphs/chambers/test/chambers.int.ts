import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type TrainingContract } from '@kassel-hub/datagen';
import { chambers } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const youthEntities = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Youth {
      pseudonym
      trainingContracts {
        id chamber startDate plannedEndDate terminatedOn terminationReason terminatedEarly
        company { id name occupations { kldb title } }
        occupation { kldb title }
      }
    }
  }
}`;

/** The register's order: oldest start first, ties by contract number. */
const contractsOf = (pseudonym: string): TrainingContract[] =>
  world.contracts
    .filter((c) => c.pseudonym === pseudonym)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));

const companyById = new Map(world.companies.map((c) => [c.id, c]));
const occupationByKldb = new Map(world.occupations.map((o) => [o.kldb, o]));

describe('chambers subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(chambers, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a career counsellor looks up an occupation by KldB code with its skill level and group', async () => {
    const occupation = world.occupations.find((o) => o.chamber === 'HWK')!;
    const { body } = await sg.query(`{ occupation(kldb: "${occupation.kldb}") { kldb title chamber durationMonths skillLevel occupationGroup } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.occupation).toEqual({
      kldb: occupation.kldb,
      title: occupation.title,
      chamber: 'HWK',
      durationMonths: occupation.durationMonths,
      // every catalogue occupation is a skilled apprenticeship: 5th digit 2
      skillLevel: 'SPECIALIST',
      occupationGroup: occupation.kldb.slice(0, 3),
    });
  });

  it('the occupations of one chamber are listed in KldB order', async () => {
    const expected = world.occupations.filter((o) => o.chamber === 'IHK').map((o) => o.kldb).sort();
    const { body } = await sg.query('{ occupations(chamber: IHK) { kldb chamber } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.occupations.map((o: { kldb: string }) => o.kldb)).toEqual(expected);
    expect(new Set(body.data.occupations.map((o: { chamber: string }) => o.chamber))).toEqual(new Set(['IHK']));
  });

  it('a company is shown with its district and the occupations it trains in', async () => {
    const company = world.companies.find((c) => c.occupations.length > 1)!;
    const { body } = await sg.query(`{ company(id: "${company.id}") { id name chamber district { code } occupations { kldb title } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.company).toEqual({
      id: company.id,
      name: company.name,
      chamber: company.chamber,
      district: { code: company.districtCode },
      occupations: [...company.occupations].sort().map((k) => ({ kldb: k, title: occupationByKldb.get(k)!.title })),
    });
  });

  it('companies can be listed by district and chamber, ordered by number', async () => {
    const { districtCode, chamber } = world.companies[0];
    const expected = world.companies.filter((c) => c.districtCode === districtCode && c.chamber === chamber).map((c) => c.id).sort();
    const { body } = await sg.query(`{ companies(districtCode: "${districtCode}", chamber: ${chamber}, first: 500) { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.companies.map((c: { id: string }) => c.id)).toEqual(expected);
  });

  it('other partners resolve companies and occupations they reference by key', async () => {
    const company = world.companies[3];
    const occupation = world.occupations[5];
    const { body } = await sg.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id name } ... on Occupation { kldb title } } }`,
      { reps: [{ __typename: 'Company', id: company.id }, { __typename: 'Occupation', kldb: occupation.kldb }, { __typename: 'Company', id: 'C9999' }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: company.id, name: company.name }, { kldb: occupation.kldb, title: occupation.title }, null]);
  });

  it('the gateway resolves a young person\'s training contracts, an early termination included', async () => {
    const terminated = world.contracts.find((c) => c.terminatedOn !== null)!;
    const expected = contractsOf(terminated.pseudonym);
    const { body } = await sg.query(youthEntities, { reps: [{ __typename: 'Youth', pseudonym: terminated.pseudonym }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].trainingContracts).toEqual(
      expected.map((c) => ({
        id: c.id,
        chamber: c.chamber,
        startDate: c.startDate,
        plannedEndDate: c.plannedEndDate,
        terminatedOn: c.terminatedOn,
        terminationReason: c.terminationReason,
        terminatedEarly: c.terminatedOn !== null,
        company: {
          id: c.companyId,
          name: companyById.get(c.companyId)!.name,
          occupations: [...companyById.get(c.companyId)!.occupations].sort().map((k) => ({ kldb: k, title: occupationByKldb.get(k)!.title })),
        },
        occupation: { kldb: c.occupationKldb, title: occupationByKldb.get(c.occupationKldb)!.title },
      })),
    );
  });

  it('a young person unknown to the chambers gets an empty list, not an error', async () => {
    const known = new Set(world.contracts.map((c) => c.pseudonym));
    const stranger = world.youth.find((y) => !known.has(y.pseudonym))!;
    const { body } = await sg.query(youthEntities, { reps: [{ __typename: 'Youth', pseudonym: stranger.pseudonym }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0]).toEqual({ pseudonym: stranger.pseudonym, trainingContracts: [] });
  });

  it('resolving 10 or 100 apprentices with companies and occupations costs the same number of SQL statements', async () => {
    // Only young people with a contract, so that both runs reach every nested field.
    const apprentices = [...new Set(world.contracts.map((c) => c.pseudonym))];
    expect(apprentices.length).toBeGreaterThanOrEqual(100);
    const few = await sg.statementsToResolve(youthEntities, apprentices.slice(0, 10));
    const many = await sg.statementsToResolve(youthEntities, apprentices.slice(0, 100));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('a malformed KldB code, page size or district is refused with a code and no stack trace', async () => {
    const kldb = await sg.query('{ occupation(kldb: "6210") { title } }');
    expect(kldb.body.errors[0].extensions).toMatchObject({ code: 'INVALID_KLDB', argument: 'kldb' });
    const page = await sg.query('{ companies(first: 0) { id } }');
    expect(page.body.errors[0].extensions.code).toBe('INVALID_PAGE_SIZE');
    const district = await sg.query('{ companies(districtCode: "99") { id } }');
    expect(district.body.errors[0].extensions.code).toBe('UNKNOWN_DISTRICT');
    expect(leaksInternals([...kldb.body.errors, ...page.body.errors, ...district.body.errors])).toBe(false);
  });

  it('no root query lists training contracts: person-level data leaves only through a pseudonym', async () => {
    const { body } = await sg.query('{ __schema { queryType { fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }');
    const mentionsContract = JSON.stringify(body.data.__schema.queryType.fields).includes('TrainingContract');
    expect(mentionsContract).toBe(false);
  });
});
