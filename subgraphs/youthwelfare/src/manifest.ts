import { youthWelfare } from './subgraph';
import { WELFARE_MEASURES_RELEASE } from './release-rules';
import { youthWelfareExportKinds } from './import/kinds';

/** What the hub's tooling needs to know of the youth welfare office (Jugendamt, SGB VIII). */
export const youthWelfareManifest = {
  name: 'youthwelfare',
  title: 'youth welfare office (Jugendamt, SGB VIII)',
  defaultPort: 4005,
  database: { name: 'youthwelfare', ownerRole: 'youthwelfare_owner', servingRole: 'youthwelfare' },
  categories: { YOUTH_WELFARE_MEASURES: 'Youth vocational assistance measures such as the Jugendwerkstatt (§13 SGB VIII).' },
  consentReleases: [{ categories: ['YOUTH_WELFARE_MEASURES'], purposes: WELFARE_MEASURES_RELEASE.purposes }],
  exportKinds: youthWelfareExportKinds,
  subgraph: youthWelfare,
} as const;
