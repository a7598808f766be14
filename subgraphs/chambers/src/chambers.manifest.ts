import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
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
  // The register of training contracts (§34 BBiG) serves the chambers' supervision of training;
  // beyond the statistics (§88 BBiG) it leaves the chamber only with consent, to the partners whose
  // task needs it (docs/partners.md, "Release rules").
  consentReleases: [
    {
      categories: ['TRAINING'],
      recipients: ['coordination', 'schools', 'employment', 'youthwelfare'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: 'the alliance\'s joint case work under the consent form: every partner at the case conference',
    },
    {
      categories: ['TRAINING'],
      recipients: ['employment'],
      purposes: ['CAREER_GUIDANCE', 'TRAINING_PLACEMENT'],
      basis: 'after an early termination the agency guides and places anew (§§29 ff., §35 SGB III)',
    },
    {
      categories: ['TRAINING'],
      recipients: ['youthwelfare'],
      purposes: ['YOUTH_WELFARE'],
      basis: 'youth welfare supports a young person through a training at risk (§13 SGB VIII)',
    },
  ],
  monitoringReaders: [],
  adopts: [],
  statutoryReleases: [],
  exportKinds: chambersExportKinds,
  subgraph: chambers,
});
