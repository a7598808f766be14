import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
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
  // Consent releases only what each recipient's own task needs (docs/partners.md, "Release rules").
  consentReleases: [
    {
      categories: ['RESIDENCE', 'CASE_WORK'],
      recipients: ['coordination', 'schools', 'employment', 'chambers', 'youthwelfare'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: 'the alliance\'s joint case work under the consent form: every partner at the case conference',
    },
    {
      categories: ['RESIDENCE', 'CASE_WORK'],
      recipients: ['employment'],
      purposes: ['CAREER_GUIDANCE'],
      basis: 'career guidance is the employment agency\'s task (§§29 ff. SGB III); it builds on the transition manager\'s case',
    },
    {
      categories: ['RESIDENCE'],
      recipients: ['employment', 'chambers'],
      purposes: ['TRAINING_PLACEMENT'],
      basis: 'placement (§35 SGB III) and the chambers\' training counselling need where the young person lives, not the case file',
    },
    {
      categories: ['RESIDENCE', 'CASE_WORK'],
      recipients: ['youthwelfare'],
      purposes: ['YOUTH_WELFARE'],
      basis: 'youth vocational assistance (§13 SGB VIII) takes over from the transition manager',
    },
  ],
  monitoringReaders: ['caseworker'],
  adopts: [],
  statutoryReleases: [],
  exportKinds: municipalityExportKinds,
  subgraph: municipality,
});
