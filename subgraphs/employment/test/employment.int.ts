import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { employment } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const youthEntities = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Youth {
      pseudonym
      guidanceContacts { id date channel wish { kldb } school { id } }
      applications { id reportYear registeredOn outcome target { kldb } }
      measures { id measure start end }
      receivesSgb2
    }
  }
}`;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const rep = (pseudonym: string) => ({ __typename: 'Youth', pseudonym });
const schoolOf = new Map(world.pupils.map((p) => [p.pseudonym, p.schoolId]));
const guidanceOf = (p: string) => world.guidance.filter((g) => g.pseudonym === p);
const applicationsOf = (p: string) => world.applicants.filter((a) => a.pseudonym === p);
const measuresOf = (p: string) => world.measures.filter((m) => m.pseudonym === p);

describe('employment subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(employment, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a transition manager sees a young person\'s career guidance oldest first, with the school of a consultation hour', async () => {
    const youth = world.youth.find((y) => {
      const contacts = guidanceOf(y.pseudonym);
      return contacts.length >= 2 && schoolOf.has(y.pseudonym) && contacts.some((c) => c.channel === 'SCHOOL_CONSULTATION_HOUR');
    })!;
    const expected = guidanceOf(youth.pseudonym)
      .sort((a, b) => (a.date === b.date ? byId(a, b) : a.date < b.date ? -1 : 1))
      .map((g) => ({
        id: g.id,
        date: g.date,
        channel: g.channel,
        wish: g.wishKldb ? { kldb: g.wishKldb } : null,
        school: g.channel === 'SCHOOL_CONSULTATION_HOUR' ? { id: schoolOf.get(youth.pseudonym) } : null,
      }));
    const { body } = await sg.query(youthEntities, { reps: [rep(youth.pseudonym)] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].guidanceContacts).toEqual(expected);
  });

  it('the counsellor\'s free-text note never leaves the employment agency', async () => {
    const { body } = await sg.query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Youth { guidanceContacts { note } } } }`, {
      reps: [rep(world.guidance[0].pseudonym)],
    });
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a young person\'s applications and measures reach the gateway with their 30 September outcome', async () => {
    const youth = world.youth.find((y) => applicationsOf(y.pseudonym).length > 0 && measuresOf(y.pseudonym).length > 0)!;
    const { body } = await sg.query(youthEntities, { reps: [rep(youth.pseudonym)] });
    expect(body.errors).toBeUndefined();
    const got = body.data._entities[0];
    expect(got.applications).toEqual(
      applicationsOf(youth.pseudonym)
        .sort((a, b) => b.reportYear - a.reportYear || -byId(a, b))
        .map((a) => ({ id: a.id, reportYear: a.reportYear, registeredOn: a.registeredOn, outcome: a.outcome, target: { kldb: a.targetKldb } })),
    );
    expect(got.measures).toEqual(
      measuresOf(youth.pseudonym)
        .sort((a, b) => (a.start === b.start ? byId(a, b) : a.start < b.start ? -1 : 1))
        .map((m) => ({ id: m.id, measure: m.measure, start: m.start, end: m.end })),
    );
  });

  it('the SGB II flag says true, false, or null when the agency does not know the young person', async () => {
    const known = new Set([...world.guidance, ...world.applicants, ...world.measures].map((r) => r.pseudonym));
    const flagged = world.youth.find((y) => y.sgb2 && known.has(y.pseudonym))!;
    const flaggedOnly = world.youth.find((y) => y.sgb2 && !known.has(y.pseudonym));
    const notFlagged = world.youth.find((y) => !y.sgb2 && known.has(y.pseudonym))!;
    const stranger = world.youth.find((y) => !y.sgb2 && !known.has(y.pseudonym))!;
    const reps = [flagged, notFlagged, stranger].map((y) => rep(y.pseudonym));
    if (flaggedOnly) reps.push(rep(flaggedOnly.pseudonym));
    const { body } = await sg.query(youthEntities, { reps });
    expect(body.errors).toBeUndefined();
    const flags = body.data._entities.map((e: { receivesSgb2: boolean | null }) => e.receivesSgb2);
    expect(flags).toEqual(flaggedOnly ? [true, false, null, true] : [true, false, null]);
    expect(body.data._entities[2]).toEqual({ pseudonym: stranger.pseudonym, guidanceContacts: [], applications: [], measures: [], receivesSgb2: null });
  });

  it('resolving 10 or 100 young people with every list field costs the same number of SQL statements', async () => {
    const pseudonyms = world.youth.map((y) => y.pseudonym);
    const few = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 10));
    const many = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 100));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('the coordination office lists a year\'s reported apprenticeship places, by occupation and page', async () => {
    const year = world.vacancies[0].reportYear;
    const ofYear = world.vacancies.filter((v) => v.reportYear === year).sort(byId);
    const all = await sg.query(`{ vacancies(reportYear: ${year}, first: 500) { id } }`);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.vacancies.map((v: { id: string }) => v.id)).toEqual(ofYear.slice(0, 500).map((v) => v.id));

    const page = await sg.query(`{ vacancies(reportYear: ${year}, first: 2, offset: 1) { id } }`);
    expect(page.body.data.vacancies.map((v: { id: string }) => v.id)).toEqual(ofYear.slice(1, 3).map((v) => v.id));

    const kldb = ofYear[0].occupationKldb;
    const expected = ofYear
      .filter((v) => v.occupationKldb === kldb)
      .slice(0, 500)
      .map((v) => ({ id: v.id, reportYear: v.reportYear, reportedOn: v.reportedOn, places: v.places, filled: v.filled, company: { id: v.companyId }, occupation: { kldb } }));
    const one = await sg.query(`{ vacancies(reportYear: ${year}, occupationKldb: "${kldb}", first: 500) { id reportYear reportedOn places filled company { id } occupation { kldb } } }`);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.vacancies).toEqual(expected);
  });

  it('the seed document\'s April 2014 unemployment figures are served with their source', async () => {
    const source = 'Stadt Kassel, Bundesagentur für Arbeit (04/2014)';
    const expected = world.labourMarket.map((f) => ({ ...f, source }));
    const all = await sg.query('{ labourMarketFigures { period indicator scope value source } }');
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.labourMarketFigures).toEqual(expected);
    expect(all.body.data.labourMarketFigures).toContainEqual({ period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'SGB_II', value: 6.7, source });

    const april = await sg.query('{ labourMarketFigures(period: "2014-04") { value } }');
    expect(april.body.data.labourMarketFigures).toHaveLength(6);
    const other = await sg.query('{ labourMarketFigures(period: "2015-01") { value } }');
    expect(other.body.data.labourMarketFigures).toEqual([]);
  });

  it('a malformed year, occupation code, page or period is refused with a code and no stack trace', async () => {
    const cases: [string, string][] = [
      ['{ vacancies(reportYear: 1999) { id } }', 'INVALID_YEAR'],
      ['{ vacancies(reportYear: 2101) { id } }', 'INVALID_YEAR'],
      ['{ vacancies(reportYear: 2020, occupationKldb: "2621") { id } }', 'INVALID_KLDB'],
      ['{ vacancies(reportYear: 2020, occupationKldb: "26x20") { id } }', 'INVALID_KLDB'],
      ['{ vacancies(reportYear: 2020, first: 0) { id } }', 'INVALID_PAGE_SIZE'],
      ['{ vacancies(reportYear: 2020, offset: -1) { id } }', 'INVALID_PAGE_SIZE'],
      ['{ labourMarketFigures(period: "2014-4") { value } }', 'INVALID_PERIOD'],
    ];
    for (const [query, code] of cases) {
      const { body } = await sg.query(query);
      expect(body.data, query).toBeNull();
      expect(body.errors[0].extensions.code, query).toBe(code);
      expect(leaksInternals(body.errors), query).toBe(false);
    }
  });
});
