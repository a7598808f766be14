import { Cohort } from './entities/cohort.entity';
import { resolveCohortReference, resolveYouthReference } from '@kassel-hub/governance';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph } from '@kassel-hub/governance';
import { CohortChambersResolver } from './resolvers/cohort.resolver';
import { Occupation } from './entities/occupation.entity';
import { RecognisedOccupation } from './entities/recognised-occupation.entity';
import { Youth } from './entities/youth.entity';
import { Company } from './entities/company.entity';
import { CompanyOccupation } from './entities/company-occupation.entity';
import { TrainingContract } from './entities/training-contract.entity';
import { OccupationResolver } from './resolvers/occupation.resolver';
import { CompanyResolver } from './resolvers/company.resolver';
import { TrainingContractResolver } from './resolvers/training-contract.resolver';
import { YouthChambersResolver } from './resolvers/youth.resolver';
import { resolveOccupationReference } from './references/occupation.reference';
import { resolveCompanyReference } from './references/company.reference';
import { ChambersImportResolver } from './resolvers/import.resolver';
import { EarlyTerminationResolver } from './resolvers/early-termination.resolver';
import { ReportingYearChambersResolver } from './resolvers/reporting-year.resolver';
import { ReportingYear } from './entities/reporting-year.entity';

import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedChambers } from './seed/seed';

/** The exports this subgraph imports (`npm run import -- --partner chambers`). */
export { chambersExportKinds } from './import/kinds';

/** The chambers' subgraph (IHK Kassel-Marburg, Handwerkskammer Kassel): the register of training contracts. */
export const chambers: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: 'chambers',
  defaultPort: 4004,
  entities: [Occupation, RecognisedOccupation, Company, CompanyOccupation, TrainingContract],
  migrations,
  resolvers: [OccupationResolver, CompanyResolver, TrainingContractResolver, YouthChambersResolver, CohortChambersResolver, ChambersImportResolver, EarlyTerminationResolver, ReportingYearChambersResolver],
  // Youth is reached from no root query here, only through `_entities`; type-graphql drops it otherwise.
  orphanedTypes: [Youth, Cohort, ReportingYear],
  references: { ReportingYear: (ref: { year: number }) => ({ year: ref.year }), Cohort: resolveCohortReference, Occupation: resolveOccupationReference, Company: resolveCompanyReference, Youth: resolveYouthReference },
  createLoaders,
  seed: seedChambers,
  seedMarker: Occupation,
});
