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
  // What a young person entrusted to youth welfare passes on only with their consent (§65 SGB VIII)
  // and only for the task it was collected for (§64): the alliance's joint case work, in which the
  // office cooperates with schools and the employment agency (§81 SGB VIII); never for guidance or
  // placement alone, and not to the chambers (docs/partners.md, "Release rules").
  consentReleases: [
    {
      categories: ['YOUTH_WELFARE_MEASURES'],
      recipients: ['coordination', 'schools', 'employment'],
      purposes: ['TRANSITION_SUPPORT'],
      basis: '§65 SGB VIII with §81 SGB VIII: joint case work with the partners the office cooperates with by law',
    },
  ],
  monitoringReaders: [],
  // The law gave the office these records when it became a partner of its own: `npm run move`
  // and the deploy step (`adopt`) hand them over before the city's migration drops their table.
  adopts: [
    {
      name: 'welfare-measures',
      description: 'youth vocational assistance measures (§13 SGB VIII) from the city\'s transition office to its youth welfare office',
      from: 'municipality',
      table: 'welfare_participation',
      key: 'id',
      columns: ['id', 'pseudonym', 'measure', 'start', 'end'],
      fields: ['welfareMeasures'],
    },
  ],
  statutoryReleases: [],
  exportKinds: youthWelfareExportKinds,
  subgraph: youthWelfare,
});
