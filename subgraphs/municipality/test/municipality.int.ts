import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { municipality } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { leaksInternals } from '../../../tests/support/http';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });

const youthEntities = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Youth {
      pseudonym
      district { code name }
      transitionCase { manager openedOn closedOn outcome school { id } }
    }
  }
}`;

describe('municipality subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(municipality, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the coordination office lists all 23 districts with their real names', async () => {
    const { body } = await sg.query('{ districts { code name population } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.districts).toHaveLength(23);
    expect(body.data.districts[10]).toMatchObject({ code: '11', name: 'Nord-Holland' });
  });

  it('a registered pseudonym resolves with district and transition case', async () => {
    const c = world.cases.find((x) => world.youth.find((y) => y.pseudonym === x.pseudonym)?.districtCode)!;
    const youth = world.youth.find((y) => y.pseudonym === c.pseudonym)!;
    const { body } = await sg.query(`{ youth(pseudonym: "${youth.pseudonym}") { pseudonym district { code } transitionCase { manager school { id } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.youth.district.code).toBe(youth.districtCode);
    const latest = world.cases.filter((x) => x.pseudonym === youth.pseudonym).sort((a, b) => b.openedOn.localeCompare(a.openedOn))[0];
    expect(body.data.youth.transitionCase).toEqual({ manager: latest.manager, school: { id: latest.schoolId } });
  });

  it('an unissued pseudonym returns null; a malformed one is refused with INVALID_PSEUDONYM', async () => {
    const unknown = await sg.query('{ youth(pseudonym: "Y0000000000ZZ") { pseudonym } }');
    expect(unknown.body).toEqual({ data: { youth: null } });
    const bad = await sg.query('{ youth(pseudonym: "max.mustermann") { pseudonym } }');
    expect(bad.body.errors[0].extensions.code).toBe('INVALID_PSEUDONYM');
    expect(bad.body.data.youth).toBeNull();
    const district = await sg.query('{ district(code: "24") { name } }');
    expect(district.body.errors[0].extensions.code).toBe('UNKNOWN_DISTRICT');
    expect(leaksInternals([...bad.body.errors, ...district.body.errors])).toBe(false);
  });

  it('schools with transition managers are exactly the eight of the programme', async () => {
    const reps = world.schools.map((s) => ({ __typename: 'School', id: s.id }));
    const { body } = await sg.query('query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id hasTransitionManager } } }', { reps });
    const flagged = body.data._entities.filter((s: { hasTransitionManager: boolean }) => s.hasTransitionManager).map((s: { id: string }) => s.id);
    expect(flagged.sort()).toEqual(world.schools.filter((s) => s.hasTransitionManager).map((s) => s.id).sort());
    expect(flagged).toHaveLength(8);
  });

  it('resolving 10 or 500 young people costs the same number of SQL statements', async () => {
    const pseudonyms = world.youth.map((y) => y.pseudonym);
    const few = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 10));
    const many = await sg.statementsToResolve(youthEntities, pseudonyms.slice(0, 500));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
