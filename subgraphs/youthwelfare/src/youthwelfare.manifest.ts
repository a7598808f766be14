import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import type { Loaders } from './loaders';
import { youthWelfare } from './subgraph';
import { youthWelfareExportKinds } from './import/kinds';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const youthWelfareManifest: PartnerManifest<Loaders> = definePartner({
  name: 'youthwelfare',
  title: 'youth welfare office (Jugendamt, SGB VIII): youth vocational assistance',
  defaultPort: 4005,
  database: { name: 'youthwelfare', ownerRole: 'youthwelfare_owner', servingRole: 'youthwelfare' },
  categories: {
    YOUTH_WELFARE_MEASURES: 'Youth vocational assistance measures such as the Jugendwerkstatt, SGB VIII §13 (youth welfare office).',
  },
  // Whoever a young person's consent names may receive them, but only for youth welfare itself and
  // the Jugendberufsagentur's joint case work, never for career guidance or placement: §65 SGB VIII
  // protects what a young person entrusted to youth welfare beyond other social data
  // (docs/partners.md). The owner's subgraph enforces this whatever a consent says.
  consentReleases: [{ categories: ['YOUTH_WELFARE_MEASURES'], recipients: 'any', purposes: ['YOUTH_WELFARE', 'TRANSITION_SUPPORT'] }],
  monitoringReaders: [],
  statutoryReleases: [],
  exportKinds: youthWelfareExportKinds,
  subgraph: youthWelfare,
});
