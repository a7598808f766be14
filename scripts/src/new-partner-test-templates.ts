import type { PartnerFiles, PartnerTemplateInput } from './new-partner-templates';

/**
 * The tests a new partner starts with: a unit test of its schema and access rule, and a subgraph
 * test against real PostgreSQL (migrated by the owner, served by its own role, requests signed as
 * the gateway signs them). They pass as generated and keep guarding what the partner builds on top.
 */
export function testFiles(i: PartnerTemplateInput): PartnerFiles {
  const n = i.names;
  const files: PartnerFiles = new Map();
  files.set(
    'src/schema.test.ts',
    `import { describe, expect, it } from 'vitest';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from '@kassel-hub/protocol';
import { buildFederatedSchema } from '@kassel-hub/kit';
import { ${n.ident} } from './subgraph';
import { assertOwnStaff } from './access';
import type { Context } from './context';

const as = (partner: string, roles: Identity['roles']) => ({ owner: '${n.name}', identity: { partner, roles } }) as unknown as Context;

describe('${n.name} subgraph schema', () => {
  it('extends Youth by pseudonym and guards its records with the consent scope', async () => {
    const sdl = printSubgraphSchema(await buildFederatedSchema(${n.ident}));
    expect(sdl).toMatch(/type Youth @key\\(fields: "pseudonym"\\)/);
    expect(sdl).toMatch(/${n.entityIdent}s: \\[${n.entity}!\\] @requires\\(fields: "consentKey"\\)/);
    expect(sdl).toMatch(/type ${n.entity} @key\\(fields: "id"\\)/);
  });

  it('reads by record number are for the partner\\'s own case workers only', () => {
    expect(() => assertOwnStaff(as('${n.name}', ['caseworker']))).not.toThrow();
    expect(() => assertOwnStaff(as('${n.name}', ['analyst']))).toThrow(/own case workers/);
    expect(() => assertOwnStaff(as('coordination', ['caseworker']))).toThrow(/own case workers/);
  });
});
`,
  );

  files.set(
    `test/${n.name}.int.ts`,
    `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@kassel-hub/protocol';
import { encodeConsentKey, type DataCategory } from '@kassel-hub/kit';
import { ${n.ident} } from '../src/subgraph';
import { ${n.entity} } from '../src/entities/${n.entityFile}.entity';
import { caseworker, startTestSubgraph, type TestSubgraph } from '${i.testSupport}/subgraph';

const PSEUDONYM = 'Y00000000000A';
const UNKNOWN = 'Y00000000000B';
const records = [
  { id: 'R-2', pseudonym: PSEUDONYM, recordedOn: '2025-03-01' },
  { id: 'R-1', pseudonym: PSEUDONYM, recordedOn: '2024-11-15' },
];

const youthRecords = \`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Youth { pseudonym ${n.entityIdent}s { id recordedOn } } } }\`;
const coordination: Identity = caseworker('coordination');
const key = (categories: string[]) =>
  encodeConsentKey({ partner: 'coordination', purpose: 'TRANSITION_SUPPORT', categories: categories as DataCategory[], consentIds: ['consent-1'] });

describe('${n.name} subgraph against real PostgreSQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(${n.ident});
    await sg.subgraph.orm.em.fork().insertMany(${n.entity}, records);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('the partner\\'s own case worker reads a young person\\'s records, oldest first', async () => {
    const { body } = await sg.query(youthRecords, { reps: [{ __typename: 'Youth', pseudonym: PSEUDONYM }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].${n.entityIdent}s).toEqual([
      { id: 'R-1', recordedOn: '2024-11-15' },
      { id: 'R-2', recordedOn: '2025-03-01' },
    ]);
  });

  it('a young person the partner does not know gets an empty list, not an error', async () => {
    const { body } = await sg.query(youthRecords, { reps: [{ __typename: 'Youth', pseudonym: UNKNOWN }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].${n.entityIdent}s).toEqual([]);
  });

  it('another partner without a consent releasing ${i.category} gets null and CONSENT_REQUIRED', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key([]) }];
    const { body } = await sg.query(youthRecords, { reps }, coordination);
    expect(body.data._entities[0].${n.entityIdent}s).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('another partner whose consent releases ${i.category} reads the records, and the read is audited', async () => {
    const reps = [{ __typename: 'Youth', pseudonym: PSEUDONYM, consentKey: key(['${i.category}']) }];
    const { body } = await sg.query(youthRecords, { reps }, coordination);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].${n.entityIdent}s.map((r: { id: string }) => r.id)).toEqual(['R-1', 'R-2']);
    const audited = await sg.subgraph.orm.em.fork().getConnection().execute(
      "select count(*)::int as n from audit_entry where pseudonyms @> array[?]::text[] and legal_basis = 'consent:consent-1'",
      [PSEUDONYM],
    );
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('a record is read by number by the partner\\'s own staff only', async () => {
    const own = await sg.query('{ ${n.entityIdent}(id: "R-1") { id recordedOn } }');
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.${n.entityIdent}).toEqual({ id: 'R-1', recordedOn: '2024-11-15' });
    const other = await sg.query('{ ${n.entityIdent}(id: "R-1") { id } }', {}, coordination);
    expect(other.body.data?.${n.entityIdent} ?? null).toBeNull();
    expect(other.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records are resolved by key for the partner\\'s own staff, null when unknown', async () => {
    const { body } = await sg.query(\`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${n.entity} { id recordedOn } } }\`, {
      reps: [{ __typename: '${n.entity}', id: 'R-2' }, { __typename: '${n.entity}', id: 'R-404' }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: 'R-2', recordedOn: '2025-03-01' }, null]);
  });
});
`,
  );
  return files;
}
