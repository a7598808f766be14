import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import type { Loaders } from './loaders';
import { chambers } from './subgraph';
import { chambersExportKinds } from './import/kinds';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const chambersManifest: PartnerManifest<Loaders> = definePartner({
  name: 'chambers',
  title: 'IHK and HWK: training companies and contracts',
  defaultPort: 4004,
  database: { name: 'chambers', ownerRole: 'chambers_owner', servingRole: 'chambers' },
  categories: {
    TRAINING: 'Training contracts and early terminations (chambers).',
  },
  // Whoever a young person's consent names may receive these, for a purpose of case work.
  consentReleases: [{ categories: ['TRAINING'], recipients: 'any', purposes: READ_PURPOSES }],
  monitoringReaders: [],
  statutoryReleases: [],
  exportKinds: chambersExportKinds,
  subgraph: chambers,
});
