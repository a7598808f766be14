import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
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
  // Social data (§35 SGB I): passed on only with a consent for a named purpose (§67b SGB X), and the
  // recipient may use them for that purpose only (§78 SGB X), so each purpose goes to the partners
  // whose task it is (docs/partners.md, "Release rules").
  consentReleases: [
    {
      categories: ['GUIDANCE', 'APPLICATIONS'],
      recipients: ['coordination', 'schools', 'chambers', 'youthwelfare'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: 'the alliance\'s joint case work under the consent form: every partner at the case conference',
    },
    {
      categories: ['APPLICATIONS'],
      recipients: ['chambers'],
      purposes: ['TRAINING_PLACEMENT'],
      basis: 'the chambers match applicants to training places; the guidance conversation itself stays with the agency',
    },
    {
      categories: ['GUIDANCE', 'APPLICATIONS'],
      recipients: ['youthwelfare'],
      purposes: ['YOUTH_WELFARE'],
      basis: 'youth welfare helps where the agency\'s offers do not reach (§10, §13 SGB VIII) and must know them',
    },
    {
      categories: ['BENEFITS'],
      recipients: ['coordination', 'youthwelfare'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: 'SGB II receipt (§50 SGB II) only to the city\'s case work and youth welfare; schools and chambers have no task that needs it',
    },
    {
      categories: ['BENEFITS'],
      recipients: ['youthwelfare'],
      purposes: ['YOUTH_WELFARE'],
      basis: 'the household\'s situation decides youth welfare\'s help (§13 SGB VIII)',
    },
  ],
  monitoringReaders: [],
  adopts: [],
  statutoryReleases: [],
  exportKinds: employmentExportKinds,
  subgraph: employment,
});
