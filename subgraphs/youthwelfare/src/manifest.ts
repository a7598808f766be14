import { youthWelfare } from './subgraph';

/** What the hub's tooling needs to know of the youth welfare office (Jugendamt, SGB VIII). */
export const youthWelfareManifest = {
  name: 'youthwelfare',
  title: 'youth welfare office (Jugendamt, SGB VIII)',
  defaultPort: 4005,
  database: { name: 'youthwelfare', ownerRole: 'youthwelfare_owner', servingRole: 'youthwelfare' },
  categories: { YOUTH_WELFARE_MEASURES: 'Records of the youth welfare office (Jugendamt, SGB VIII).' },
  subgraph: youthWelfare,
} as const;
