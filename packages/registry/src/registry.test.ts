import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataCategory } from '@kassel-hub/kit';
import { auditTrail } from '@kassel-hub/governance';
import { definePartner, ManifestError } from '@kassel-hub/manifest';
import { PARTNERS } from '@kassel-hub/protocol';
import { checkRegistry, manifestByName, manifests, partnerNames, RegistryError, UnknownPartnerError } from './index';

const subgraphsDir = resolve(__dirname, '../../../subgraphs');

describe('the partner registry', () => {
  it('lists every partner workspace under subgraphs/, each by its own manifest', () => {
    const workspaces = readdirSync(subgraphsDir).filter((n) => existsSync(join(subgraphsDir, n, 'src', `${n}.manifest.ts`)));
    expect([...partnerNames].sort()).toEqual(workspaces.sort());
  });

  it('gives each partner its own port and database, and each data category one owner', () => {
    expect(new Set(manifests.map((m) => m.defaultPort)).size).toBe(manifests.length);
    expect(new Set(manifests.map((m) => m.database.name)).size).toBe(manifests.length);
    expect(manifests.flatMap((m) => Object.keys(m.categories))).toEqual(Object.keys(DataCategory));
  });

  it('is what the subgraphs accept as partners, with the coordination office', () => {
    expect(PARTNERS).toEqual([...partnerNames, 'coordination']);
  });

  it('names the partners it knows when asked for another', () => {
    expect(() => manifestByName('harbour')).toThrow(UnknownPartnerError);
    expect(() => manifestByName('harbour')).toThrow(new RegExp(partnerNames.join(', ')));
  });

  it('refuses a manifest whose release rules name a category the partner does not own', () => {
    const m = manifests[0]!;
    const foreign = manifests[1]!.categories;
    expect(() => definePartner({ ...m, consentReleases: [{ categories: Object.keys(foreign), recipients: ['coordination'], purposes: ['TRANSITION_SUPPORT'], basis: 'a test' }] })).toThrow(ManifestError);
    expect(() => definePartner({ ...m, name: 'Two Words' })).toThrow(/not a lower-case word/);
  });

  it('refuses a partner subgraph without the audit trail, which every registered one has', () => {
    const m = manifests[0]!;
    expect(() => definePartner({ ...m, subgraph: { ...m.subgraph, extensions: [] } })).toThrow(/subgraph has no audit trail/);
    expect(manifests.filter((p) => !p.subgraph.extensions?.includes(auditTrail)).map((p) => p.name)).toEqual([]);
  });

  it('refuses a release rule or a move that names a partner it does not list', () => {
    const [first, ...rest] = manifests;
    const stray = { ...first!, consentReleases: [{ ...first!.consentReleases[0]!, recipients: ['harbour'] }], adopts: [{ ...rest[rest.length - 1]!.adopts[0]!, from: 'harbour' }] };
    expect(() => checkRegistry([stray, ...rest])).toThrow(RegistryError);
    expect(() => checkRegistry([stray, ...rest])).toThrow(/releases to "harbour"[\s\S]*adopts welfare-measures from "harbour"/);
    expect(() => checkRegistry(manifests)).not.toThrow();
  });
});
