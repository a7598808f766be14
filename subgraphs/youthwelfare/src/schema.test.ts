import { describe, expect, it } from 'vitest';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from '@kassel-hub/protocol';
import { buildFederatedSchema } from '@kassel-hub/kit';
import { youthWelfare } from './subgraph';
import { assertOwnStaff } from './access';
import type { Context } from './context';

const as = (partner: string, roles: Identity['roles']) => ({ owner: 'youthwelfare', identity: { partner, roles } }) as unknown as Context;

describe('youthwelfare subgraph schema', () => {
  it('extends Youth by pseudonym and guards its records with the consent scope', async () => {
    const sdl = printSubgraphSchema(await buildFederatedSchema(youthWelfare));
    expect(sdl).toMatch(/type Youth @key\(fields: "pseudonym"\)/);
    expect(sdl).toMatch(/welfareMeasures: \[WelfareParticipation!\] @requires\(fields: "consentKey"\)/);
    expect(sdl).toMatch(/type WelfareParticipation @key\(fields: "id"\)/);
  });

  it('reads by record number are for the partner\'s own case workers only', () => {
    expect(() => assertOwnStaff(as('youthwelfare', ['caseworker']))).not.toThrow();
    expect(() => assertOwnStaff(as('youthwelfare', ['analyst']))).toThrow(/own case workers/);
    expect(() => assertOwnStaff(as('coordination', ['caseworker']))).toThrow(/own case workers/);
  });

  it('contributes the panel members\' measures to the city\'s cohort reports, hidden from clients', async () => {
    const sdl = printSubgraphSchema(await buildFederatedSchema(youthWelfare));
    expect(sdl).toMatch(/welfarePanel: WelfarePanel @requires\(fields: "panel"\) @inaccessible/);
  });
});
