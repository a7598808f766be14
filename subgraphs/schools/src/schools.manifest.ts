import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import type { Loaders } from './loaders';
import { schools } from './subgraph';
import { schoolsExportKinds } from './import/kinds';
import { SGB3_31A } from './statutory/sgb3-31a';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const schoolsManifest: PartnerManifest<Loaders> = definePartner({
  name: 'schools',
  title: 'Staatliches Schulamt and the schools: leavers, orientation',
  defaultPort: 4002,
  database: { name: 'schools', ownerRole: 'schools_owner', servingRole: 'schools' },
  categories: {
    SCHOOL_CAREER: 'School leaving and vocational orientation (schools).',
  },
  // Whoever a young person's consent names may receive these, for a purpose of case work.
  consentReleases: [{ categories: ['SCHOOL_CAREER'], recipients: 'any', purposes: READ_PURPOSES }],
  monitoringReaders: [],
  statutoryReleases: [SGB3_31A],
  exportKinds: schoolsExportKinds,
  subgraph: schools,
});
