import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { schools } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const youthEntities = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Youth {
      pseudonym
      schoolLeaving { cohortYear leavingDate qualification school { id name type district { code } } }
      orientationActivities { kind date weeks company { id } occupation { kldb } }
    }
  }
}`;

describe('schools subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(schools, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a school authority user finds a school with its district', async () => {
    const school = world.schools[0];
    const { body } = await sg.query(`{ school(id: "${school.id}") { id name type district { code } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.school).toEqual({ id: school.id, name: school.name, type: school.type, district: { code: school.districtCode } });
  });

  it('the gateway resolves a young person\'s school career by pseudonym', async () => {
    const pupil = world.pupils.find((p) => world.orientation.some((o) => o.pseudonym === p.pseudonym))!;
    const expectedActivities = world.orientation.filter((o) => o.pseudonym === pupil.pseudonym);
    const { body } = await sg.query(youthEntities, { reps: [{ __typename: 'Youth', pseudonym: pupil.pseudonym }] });
    expect(body.errors).toBeUndefined();
    const youth = body.data._entities[0];
    expect(youth.schoolLeaving).toMatchObject({
      cohortYear: pupil.cohortYear,
      leavingDate: pupil.leavingDate,
      qualification: pupil.qualification,
      school: { id: pupil.schoolId },
    });
    expect(youth.orientationActivities).toHaveLength(expectedActivities.length);
  });

  it('a young person unknown to the schools gets null and an empty list, not an error', async () => {
    const known = new Set(world.pupils.map((p) => p.pseudonym));
    const stranger = world.youth.find((y) => !known.has(y.pseudonym))!;
    const { body } = await sg.query(youthEntities, { reps: [{ __typename: 'Youth', pseudonym: stranger.pseudonym }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0]).toEqual({ pseudonym: stranger.pseudonym, schoolLeaving: null, orientationActivities: [] });
  });

  it('resolving 10 or 500 young people costs the same number of SQL statements', async () => {
    const pseudonyms = world.pupils.map((p) => p.pseudonym);
    const few = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 10));
    const many = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 500));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('a negative page size or unknown district is refused with a code and no stack trace', async () => {
    const page = await sg.query('{ schools(first: -1) { id } }');
    expect(page.body.errors[0].extensions.code).toBe('INVALID_PAGE_SIZE');
    const district = await sg.query('{ schools(districtCode: "99") { id } }');
    expect(district.body.errors[0].extensions.code).toBe('UNKNOWN_DISTRICT');
    expect(leaksInternals([...page.body.errors, ...district.body.errors])).toBe(false);
  });

  it('schools can be listed by district, ordered by number', async () => {
    const code = world.schools[0].districtCode;
    const expected = world.schools.filter((s) => s.districtCode === code).map((s) => s.id).sort();
    const { body } = await sg.query(`{ schools(districtCode: "${code}", first: 500) { id } }`);
    expect(body.data.schools.map((s: { id: string }) => s.id)).toEqual(expected);
  });
});
