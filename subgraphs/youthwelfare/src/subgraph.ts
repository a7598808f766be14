import { resolveYouthReference, type SubgraphDefinition } from '@kassel-hub/kit';
import { Youth } from './entities/youth.entity';
import { YouthWelfareRecord } from './entities/youth-welfare-record.entity';
import { YouthYouthWelfareResolver } from './resolvers/youth.resolver';
import { YouthWelfareRecordResolver } from './resolvers/youth-welfare-record.resolver';
import { resolveYouthWelfareRecordReference } from './references/youth-welfare-record.reference';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedYouthWelfare } from './seed/seed';

/** The subgraph of the youth welfare office (Jugendamt, SGB VIII). */
export const youthWelfare: SubgraphDefinition<Loaders> = {
  name: 'youthwelfare',
  defaultPort: 4005,
  entities: [YouthWelfareRecord],
  migrations,
  resolvers: [YouthWelfareRecordResolver, YouthYouthWelfareResolver],
  // Youth is reached from no root query here, only through `_entities`; type-graphql drops it otherwise.
  orphanedTypes: [Youth],
  references: { YouthWelfareRecord: resolveYouthWelfareRecordReference, Youth: resolveYouthReference },
  createLoaders,
  seed: seedYouthWelfare,
  seedMarker: YouthWelfareRecord,
};
