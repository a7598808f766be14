import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import { manifests, partnerNames } from '@kassel-hub/registry';
import { generatedFiles, PARTNER_FOLDERS } from './generate/outputs';
import { fillRegions, RegionError } from './generate/regions';

const root = resolve(__dirname, '../..');

/** A sixth partner that exists only in this test: what `npm run generate` would derive for it. */
const youthOffice: PartnerManifest = definePartner({
  ...manifests[0]!,
  name: 'youthoffice',
  title: 'Jugendamt',
  defaultPort: 4105,
  database: { name: 'youthoffice', ownerRole: 'youthoffice_owner', servingRole: 'youthoffice' },
  categories: { YOUTH_ASSISTANCE: 'Youth vocational assistance (youth office).' },
  consentReleases: [{ categories: ['YOUTH_ASSISTANCE'], recipients: ['coordination'], purposes: ['YOUTH_WELFARE'], basis: 'a test partner' }],
  adopts: [{ name: 'assistance', description: 'a test handover', from: manifests[0]!.name, table: 'assistance', key: 'id', columns: ['id'], fields: ['assistance'] }],
  statutoryReleases: [],
  exportKinds: [],
  subgraph: { ...manifests[0]!.subgraph, name: 'youthoffice', defaultPort: 4105 },
});

describe('files generated from the partner registry', () => {
  it.each(generatedFiles(manifests, root).map((f) => [f.path, f.content] as const))('%s is as `npm run generate` writes it', (path, content) => {
    expect(readFileSync(join(root, path), 'utf8'), `${path} differs from the registry: run npm run generate`).toBe(content);
  });

  it.each(PARTNER_FOLDERS)('%s holds one folder per registered partner and nothing else', (folder) => {
    expect(readdirSync(join(root, folder)).sort()).toEqual([...partnerNames].sort());
  });

  it('a partner added to the registry reaches compose, Kubernetes, .env.example and the kit without editing them', () => {
    const files = new Map(generatedFiles([...manifests, youthOffice], root).map((f) => [f.path, f.content]));
    expect(files.get('docker/compose.yaml')).toContain('  db-youthoffice:\n');
    expect(files.get('docker/compose.yaml')).toContain('      YOUTHOFFICE_SIGNING_SECRET_FILE: /run/secrets/youthoffice-signing-secret');
    expect(files.get('.env.example')).toContain('# YOUTHOFFICE_URL=http://127.0.0.1:4105/graphql');
    expect(files.get('deploy/kubernetes/overlays/production/kustomization.yaml')).toContain('    namespace: hub-youthoffice');
    expect(files.get('deploy/kubernetes/base/partners/youthoffice/cluster.yaml')).toContain('      database: youthoffice\n');
    // The records it adopts: a one-shot service before the source migrates, a Job with its fences.
    const source = manifests[0]!.name;
    expect(files.get('docker/compose.yaml')).toContain('  adopt-assistance:\n');
    expect(files.get('docker/compose.yaml')).toContain(`    depends_on: { db-${source}: { condition: service_healthy }, adopt-welfare-measures: { condition: service_completed_successfully }, adopt-assistance: { condition: service_completed_successfully } }`);
    expect(files.get('deploy/kubernetes/base/partners/youthoffice/adopt-assistance.yaml')).toContain('args: ["adopt", "assistance"]');
    expect(files.get(`deploy/kubernetes/base/partners/${source}/handover-assistance.yaml`)).toContain('kubernetes.io/metadata.name: hub-youthoffice');
    expect(files.get(`deploy/kubernetes/base/partners/${source}/kustomization.yaml`)).toContain('  - handover-assistance.yaml');
    expect(files.get('deploy/kubernetes/overlays/production/kustomization.yaml')).toContain('  - name: adopt-assistance-secrets\n    namespace: hub-youthoffice');
    expect(files.get('packages/protocol/src/partner-directory.generated.ts')).toMatch(/YOUTH_ASSISTANCE: \{ owner: 'youthoffice'.*recipients: \['coordination'\], purposes: \['YOUTH_WELFARE'\]/);
  });

  it('a region without its end marker, or one no generator knows, is refused', () => {
    expect(() => fillRegions('x.yaml', 'a\n# >>> generated: partners\nb\n', { partners: [] })).toThrow(RegionError);
    expect(() => fillRegions('x.yaml', '# >>> generated: other\n# <<< generated: other\n', { partners: [] })).toThrow(/no generator for region "other"/);
    expect(() => fillRegions('x.yaml', 'nothing generated here\n', { partners: [] })).toThrow(/regions partners not found/);
  });
});
