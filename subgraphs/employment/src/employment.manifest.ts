import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import type { Loaders } from './loaders';
import { employment } from './subgraph';
import { employmentExportKinds } from './import/kinds';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const employmentManifest: PartnerManifest<Loaders> = definePartner({
  name: 'employment',
  title: 'Agentur für Arbeit and Jobcenter: guidance, applicants, measures, SGB II',
  defaultPort: 4003,
  database: { name: 'employment', ownerRole: 'employment_owner', servingRole: 'employment' },
  categories: {
    GUIDANCE: 'Career-guidance contacts (employment agency).',
    APPLICATIONS: 'Applications for apprenticeships, their outcome, and measures (employment agency, Jobcenter).',
    BENEFITS: 'SGB II receipt of the household (Jobcenter).',
  },
  // Whoever a young person's consent names may receive these, for a purpose of case work.
  consentReleases: [{ categories: ['GUIDANCE', 'APPLICATIONS', 'BENEFITS'], recipients: 'any', purposes: READ_PURPOSES }],
  monitoringReaders: [],
  statutoryReleases: [],
  exportKinds: employmentExportKinds,
  subgraph: employment,
});
