import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@kassel-hub/governance';
import { generate } from '@kassel-hub/datagen';
import { municipality } from '../src/subgraph';
import { TransitionCase } from '../src/entities/transition-case.entity';
import { caseworker, startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';

const SCALE = 0.05;
const world = generate({ seed: 2014, scale: SCALE });
const open = `mutation ($input: OpenTransitionCaseInput!) { openTransitionCase(input: $input) { id manager openedOn closedOn } }`;
const close = `mutation ($id: ID!, $outcome: CaseOutcome!, $on: LocalDate!) { closeTransitionCase(id: $id, outcome: $outcome, closedOn: $on) { id closedOn outcome } }`;

describe('transition managers\' case work', () => {
  let sg: TestSubgraph;
  const tmSchool = world.schools.find((s) => s.hasTransitionManager)!;
  const otherSchool = world.schools.find((s) => !s.hasTransitionManager)!;
  const withCase = new Set(world.cases.map((c) => c.pseudonym));
  const [p1, p2] = world.youth.filter((y) => !withCase.has(y.pseudonym)).map((y) => y.pseudonym);
  const casesOf = (pseudonym: string) => sg.subgraph.orm.em.fork().find(TransitionCase, { pseudonym });
  const auditOf = (pseudonym: string) => sg.subgraph.orm.em.fork().find(AuditEntry, { pseudonym }, { orderBy: { id: 'asc' } });

  beforeAll(async () => {
    sg = await startTestSubgraph(municipality, SCALE);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a case is opened and closed with its outcome, each change in the city\'s audit trail', async () => {
    const opened = await sg.query(open, { input: { pseudonym: p1, schoolId: tmSchool.id, manager: 'tm-01', openedOn: '2026-09-01' } });
    expect(opened.body.errors).toBeUndefined();
    const id = opened.body.data.openTransitionCase.id;
    const closed = await sg.query(close, { id, outcome: 'APPRENTICESHIP', on: '2026-10-15' });
    expect(closed.body.data.closeTransitionCase).toEqual({ id, closedOn: '2026-10-15', outcome: 'APPRENTICESHIP' });
    expect((await auditOf(p1)).map((e) => [e.action, (e.detail as { change: string }).change])).toEqual([
      ['CHANGE', 'open'],
      ['CHANGE', 'close'],
    ]);
  });

  it('another partner cannot open a case, and nothing is written', async () => {
    const res = await sg.query(open, { input: { pseudonym: p2, schoolId: tmSchool.id, manager: 'tm-01', openedOn: '2026-09-01' } }, caseworker('schools'));
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await casesOf(p2)).toEqual([]);
    expect(await auditOf(p2)).toEqual([]);
  });

  it('bad input is refused with a code and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ pseudonym: p2, schoolId: otherSchool.id, manager: 'tm-01', openedOn: '2026-09-01' }, 'NO_TRANSITION_MANAGER'],
      [{ pseudonym: p2, schoolId: tmSchool.id, manager: 'Frau Müller', openedOn: '2026-09-01' }, 'INVALID_MANAGER'],
      [{ pseudonym: p2, schoolId: tmSchool.id, manager: 'tm-01', openedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
      [{ pseudonym: 'Y0000000000ZZ', schoolId: tmSchool.id, manager: 'tm-01', openedOn: '2026-09-01' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const res = await sg.query(open, { input });
      expect(res.body.errors[0].extensions.code, code).toBe(code);
    }
    expect(await casesOf(p2)).toEqual([]);
  });

  it('a second open case for the same young person is refused; a closed case cannot be closed again', async () => {
    const first = await sg.query(open, { input: { pseudonym: p2, schoolId: tmSchool.id, manager: 'tm-02', openedOn: '2026-09-01' } });
    const again = await sg.query(open, { input: { pseudonym: p2, schoolId: tmSchool.id, manager: 'tm-02', openedOn: '2026-09-02' } });
    expect(again.body.errors[0].extensions.code).toBe('CASE_ALREADY_OPEN');
    const id = first.body.data.openTransitionCase.id;
    await sg.query(close, { id, outcome: 'OTHER', on: '2026-10-01' });
    const twice = await sg.query(close, { id, outcome: 'OTHER', on: '2026-10-02' });
    expect(twice.body.errors[0].extensions.code).toBe('CASE_ALREADY_CLOSED');
    expect(await casesOf(p2)).toHaveLength(1);
  });
});
