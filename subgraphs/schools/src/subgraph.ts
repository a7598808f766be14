import { Cohort } from './entities/cohort.entity';
import { resolveCohortReference, resolveYouthReference } from '@kassel-hub/governance';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph } from '@kassel-hub/governance';
import { CohortSchoolsResolver } from './resolvers/cohort.resolver';
import { School } from './entities/school.entity';
import { Youth } from './entities/youth.entity';
import { StatutoryObjection } from './entities/statutory-objection.entity';
import { StatutoryResolver } from './resolvers/statutory.resolver';
import { Leaver } from './entities/leaver.entity';
import { OrientationActivity } from './entities/orientation-activity.entity';
import { SchoolResolver } from './resolvers/school.resolver';
import { LeaverResolver } from './resolvers/leaver.resolver';
import { YouthSchoolsResolver } from './resolvers/youth.resolver';
import { LeaverStatisticsResolver } from './resolvers/leaver-statistics.resolver';
import { resolveSchoolReference } from './references/school.reference';
import { LeavingClassEntry } from './entities/leaving-class-entry.entity';
import { SchoolsImportResolver } from './resolvers/import.resolver';
import { CorrectLeaverResolver } from './resolvers/correct-leaver.resolver';
import { YouthLeavingClassResolver } from './resolvers/leaving-class.resolver';
import { LeavingClassEntryResolver } from './resolvers/leaving-class-entry.resolver';

import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedSchools } from './seed/seed';

/** The exports this subgraph imports (`npm run import -- --partner schools`). */
export { schoolsExportKinds } from './import/kinds';

/** The schools' subgraph (Staatliches Schulamt and schools): schools, leavers, orientation. */
export const schools: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: 'schools',
  defaultPort: 4002,
  entities: [School, Leaver, OrientationActivity, StatutoryObjection, LeavingClassEntry],
  migrations,
  resolvers: [SchoolResolver, LeaverResolver, YouthSchoolsResolver, LeaverStatisticsResolver, StatutoryResolver, CohortSchoolsResolver, SchoolsImportResolver, CorrectLeaverResolver, YouthLeavingClassResolver, LeavingClassEntryResolver],
  orphanedTypes: [Youth, Cohort],
  references: { Cohort: resolveCohortReference, School: resolveSchoolReference, Youth: resolveYouthReference },
  createLoaders,
  seed: seedSchools,
  seedMarker: School,
});
