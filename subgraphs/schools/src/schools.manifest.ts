import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
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
  // Hessian school law lets the school pass pupil data outside the school with consent, as far as
  // the recipient's task needs them (docs/partners.md, "Release rules").
  consentReleases: [
    {
      categories: ['SCHOOL_CAREER'],
      recipients: ['coordination', 'employment', 'chambers', 'youthwelfare'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: 'the alliance\'s joint case work under the consent form: every partner at the case conference',
    },
    {
      categories: ['SCHOOL_CAREER'],
      recipients: ['employment'],
      purposes: ['CAREER_GUIDANCE'],
      basis: 'career guidance (§§29 ff. SGB III) starts from the leaving qualification; beyond §31a SGB III only with consent',
    },
    {
      categories: ['SCHOOL_CAREER'],
      recipients: ['employment', 'chambers'],
      purposes: ['TRAINING_PLACEMENT'],
      basis: 'placement (§35 SGB III) and the training contract (its register entry records the prior schooling, §34 BBiG) need the qualification',
    },
    {
      categories: ['SCHOOL_CAREER'],
      recipients: ['youthwelfare'],
      purposes: ['YOUTH_WELFARE'],
      basis: 'youth vocational assistance (§13 SGB VIII) serves those whose school career left them disadvantaged',
    },
  ],
  monitoringReaders: [],
  adopts: [],
  statutoryReleases: [SGB3_31A],
  exportKinds: schoolsExportKinds,
  subgraph: schools,
});
