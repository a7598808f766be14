import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import type { Loaders } from './loaders';
import { municipality } from './subgraph';
import { municipalityExportKinds } from './import/kinds';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const municipalityManifest: PartnerManifest<Loaders> = definePartner({
  name: 'municipality',
  title: 'Stadt Kassel: pseudonym register, consents, transition cases, the coordination office\'s reports',
  defaultPort: 4001,
  database: { name: 'municipality', ownerRole: 'municipality_owner', servingRole: 'municipality' },
  categories: {
    RESIDENCE: 'District of residence (municipality).',
    CASE_WORK: 'Transition-manager cases (municipality).',
  },
  // Whoever a young person's consent names may receive these, for a purpose of case work.
  consentReleases: [{ categories: ['RESIDENCE', 'CASE_WORK'], recipients: 'any', purposes: READ_PURPOSES }],
  monitoringReaders: ['caseworker'],
  statutoryReleases: [],
  exportKinds: municipalityExportKinds,
  subgraph: municipality,
});
