import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph } from '@kassel-hub/governance';
import { resolveCohortReference, resolveYouthReference } from '@kassel-hub/governance';
import { Youth } from './entities/youth.entity';
import { Cohort } from './entities/cohort.entity';
import { WelfareParticipation } from './entities/welfare-participation.entity';
import { YouthYouthWelfareResolver } from './resolvers/youth.resolver';
import { WelfareParticipationResolver } from './resolvers/welfare-participation.resolver';
import { CohortYouthWelfareResolver } from './resolvers/cohort.resolver';
import { YouthWelfareImportResolver } from './resolvers/import.resolver';
import { resolveWelfareParticipationReference } from './references/welfare-participation.reference';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedYouthWelfare } from './seed/seed';

/** The exports this subgraph imports (`npm run import -- --partner youthwelfare`). */
export { youthWelfareExportKinds } from './import/kinds';

/**
 * The subgraph of the city's youth welfare office (Jugendamt): youth vocational assistance under
 * §13 SGB VIII, e.g. the Jugendwerkstatt. Controller of its own data, apart from the city's
 * transition managers: SGB VIII protects youth-welfare data beyond the city's other records.
 */
export const youthWelfare: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: 'youthwelfare',
  defaultPort: 4005,
  entities: [WelfareParticipation],
  migrations,
  resolvers: [WelfareParticipationResolver, YouthYouthWelfareResolver, CohortYouthWelfareResolver, YouthWelfareImportResolver],
  // Youth and Cohort are reached from no root query here, only through `_entities`; type-graphql drops them otherwise.
  orphanedTypes: [Youth, Cohort],
  references: { WelfareParticipation: resolveWelfareParticipationReference, Youth: resolveYouthReference, Cohort: resolveCohortReference },
  createLoaders,
  seed: seedYouthWelfare,
  seedMarker: WelfareParticipation,
});
