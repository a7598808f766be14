import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATION, READ_PURPOSES } from '@kassel-hub/protocol';
import { decodeConsentKey } from '@kassel-hub/kit';
import { partnerNames } from '@kassel-hub/registry';
import { generate } from '@kassel-hub/datagen';
import { startTestHub, type TestHub } from './support/hub';
import { leaksInternals } from './support/http';
import { personEntities, type PersonEntity, type PersonField } from './support/person-fields';

/*
 * Every person-level field the supergraph offers is guarded by its owner's release decision: a
 * partner that does not own the field, or the coordination office, stating a purpose of case work
 * without a consent that covers it, gets null and CONSENT_REQUIRED, while the owner reads it. The
 * fields come from the committed supergraph and the readers from the registry, so a new field or a
 * new partner is covered without touching this file.
 */
const SCALE = 0.05;
const world = generate({ scale: SCALE });

/** Fields of a person entity that are not a partner's record about the young person. */
const NOT_PERSON_DATA: Record<string, string> = {
  'Youth.consentKey':
    'what consents release to the requester itself, computed for the requester; the owners require it to decide, so it cannot wait for a decision',
  'Youth.consentScope': 'the same as Youth.consentKey, as an object (deprecated)',
};

const entities = personEntities(readFileSync(resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'));
const guarded = (e: PersonEntity) => e.fields.filter((f) => !e.keyFields.includes(f.field) && !(`${f.type}.${f.field}` in NOT_PERSON_DATA));
const readers = [...partnerNames, COORDINATION];

/**
 * The young people most partners know, so that every owner has something to withhold: ranked by
 * how many of the generated registers (every list of records carrying a pseudonym) name them.
 */
const candidates = (() => {
  const seen = new Map<string, number>();
  for (const records of Object.values(world)) {
    if (!Array.isArray(records) || records === world.youth) continue;
    const named = new Set(records.flatMap((r: { pseudonym?: unknown }) => (typeof r?.pseudonym === 'string' ? [r.pseudonym] : [])));
    for (const p of named) seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  return [...seen].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([p]) => p);
})();

/** One query per reader: the given fields of every candidate, and the scope the register computed for the reader. */
const queryFor = (entity: PersonEntity, fields: PersonField[]) =>
  `query ($p: [ID!]!) { rows: ${entity.rootField}(pseudonyms: $p) { ${entity.keyFields.join(' ')} consentKey ${fields.map((f) => `${f.field} ${f.selection}`).join(' ')} } }`;

interface GraphQLErrorBody { path?: (string | number)[]; message: string; extensions?: { code?: string } }

const hasData = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

describe('every person-level field is guarded by its owner\'s release decision', () => {
  let hub: TestHub;
  /** Each owner's answer about the candidates, per entity type: the control, and where there is data to refuse. */
  const ownAnswers = new Map<string, Map<string, { status: number; body: any }>>();
  /** Per entity type and field, the candidates whose owner holds data in it. */
  const held = new Map<string, Set<string>>();
  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    for (const entity of entities) {
      const answers = new Map<string, { status: number; body: any }>();
      for (const owner of partnerNames) {
        const own = guarded(entity).filter((f) => f.owners.includes(owner));
        if (own.length === 0) continue;
        const answer = await hub.query(queryFor(entity, own), { p: candidates }, await hub.as(owner, ['caseworker']));
        answers.set(owner, answer);
        for (const f of own) {
          const key = `${entity.type}.${f.field}`;
          const set = held.get(key) ?? new Set<string>();
          for (const r of answer.body.data?.rows ?? []) if (hasData(r[f.field])) set.add(r.pseudonym);
          held.set(key, set);
        }
      }
      ownAnswers.set(entity.type, answers);
    }
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('the supergraph offers person-level fields, each owned by a registered partner, and every exception names a real field', () => {
    const fields = entities.flatMap(guarded);
    expect(fields.length).toBeGreaterThan(0);
    // Every owner is a registered partner, so every owner is also among the readers checked below.
    for (const owner of new Set(fields.flatMap((f) => f.owners))) expect(partnerNames).toContain(owner);
    for (const exception of Object.keys(NOT_PERSON_DATA)) expect(entities.flatMap((e) => e.fields).map((f) => `${f.type}.${f.field}`)).toContain(exception);
  });

  for (const entity of entities) {
    const fields = guarded(entity);

    it(`each owner reads its own ${entity.type} fields without consent, and the seeded people hold data in every one`, () => {
      for (const [owner, { status, body }] of ownAnswers.get(entity.type)!) {
        expect(status, owner).toBe(200);
        expect(body.errors, owner).toBeUndefined();
      }
      for (const f of fields) expect(held.get(`${entity.type}.${f.field}`)?.size, `no owner holds ${f.field} for any candidate`).toBeGreaterThan(0);
    });

    for (const reader of readers) {
      const foreign = fields.filter((f) => !f.owners.includes(reader));
      if (foreign.length === 0) continue;
      it(`${reader}, stating a purpose without consent, gets CONSENT_REQUIRED for ${foreign.map((f) => f.field).join(', ')}`, async () => {
        const refusedWhereHeld = new Set<string>();
        for (const purpose of READ_PURPOSES) {
          const { status, body } = await hub.query(queryFor(entity, foreign), { p: candidates }, await hub.as(reader, ['caseworker'], purpose));
          expect(status).toBe(200);
          expect(leaksInternals(body.errors)).toBe(false);
          const rows: Record<string, any>[] = body.data.rows;
          // The refusals still deliver the rest of the answer: every candidate, with its pseudonym.
          expect(rows.map((r) => r.pseudonym)).toEqual(candidates);
          const errors: GraphQLErrorBody[] = body.errors ?? [];
          rows.forEach((row, i) => {
            const scope = decodeConsentKey(row.consentKey);
            expect(scope.partner).toBe(reader);
            // Only people for whom no consent releases anything to this reader for this purpose.
            if (scope.categories.length > 0) return;
            for (const f of foreign) {
              const where = `${reader} (${purpose}) read ${entity.type}.${f.field} of ${row.pseudonym}`;
              expect(row[f.field], where).toBeNull();
              const error = errors.find((e) => e.path?.[1] === i && e.path?.[2] === f.field);
              expect(error?.extensions?.code, where).toBe('CONSENT_REQUIRED');
              expect(error?.message, where).not.toMatch(/select|sql|postgres|undefined/i);
              if (held.get(`${entity.type}.${f.field}`)?.has(row.pseudonym)) refusedWhereHeld.add(f.field);
            }
          });
        }
        // Not vacuous: every field was refused for someone whose owner holds data in it.
        expect([...refusedWhereHeld].sort()).toEqual(foreign.map((f) => f.field).sort());
      });
    }
  }
});

describe('reading the owners of a field from the join spec', () => {
  const sdl = `
    enum join__Graph { A @join__graph(name: "alpha", url: "") B @join__graph(name: "beta", url: "") }
    type Query @join__type(graph: A) { people(pseudonyms: [ID!]!): [Person!]! @join__field(graph: A) }
    type Note @join__type(graph: B) { text: String }
    type Person @join__type(graph: A, key: "pseudonym") @join__type(graph: B, key: "pseudonym") {
      pseudonym: ID!
      shared: String
      mine: Note @join__field(graph: A, external: true) @join__field(graph: B)
      moved: Int @join__field(graph: A, usedOverridden: true) @join__field(graph: B, override: "alpha")
      hidden: Int @join__field(graph: A) @inaccessible
    }`;

  it('a field without @join__field belongs to every graph declaring the type; external and overridden graphs do not resolve it', () => {
    const [person] = personEntities(sdl);
    expect(person).toMatchObject({ type: 'Person', rootField: 'people', keyFields: ['pseudonym'] });
    expect(person!.fields.map(({ field, owners, selection }) => ({ field, owners, selection }))).toEqual([
      { field: 'pseudonym', owners: ['alpha', 'beta'], selection: '' },
      { field: 'shared', owners: ['alpha', 'beta'], selection: '' },
      { field: 'mine', owners: ['beta'], selection: '{ __typename }' },
      { field: 'moved', owners: ['beta'], selection: '' },
    ]);
  });

  it('an entity keyed by pseudonym that no query fetches by pseudonyms is reported, not skipped', () => {
    expect(() => personEntities(sdl.replace('people(pseudonyms', 'people(ids'))).toThrow(/Person is keyed by pseudonym/);
  });
});
