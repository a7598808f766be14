import { resolveCohortReference, resolveYouthReference } from '@kassel-hub/governance';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph } from '@kassel-hub/governance';
import { District } from './entities/district.entity';
import { YouthRecord } from './entities/youth-record.entity';
import { TransitionCase } from './entities/transition-case.entity';
import { TransitionManagerSchool } from './entities/transition-manager-school.entity';
import { TransitionManager } from './entities/transition-manager.entity';
import { DistrictResolver } from './resolvers/district.resolver';
import { YouthMunicipalityResolver } from './resolvers/youth.resolver';
import { SchoolMunicipalityResolver } from './resolvers/school.resolver';
import { resolveDistrictReference } from './references/district.reference';

import { resolveSchoolReference } from './references/school.reference';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedMunicipality } from './seed/seed';
import { consentScopeFor } from './consent-scope';
import { Consent } from './entities/consent.entity';
import { ConsentResolver } from './resolvers/consent.resolver';
import { TransitionCaseResolver } from './resolvers/transition-case.resolver';
import { CohortResolver } from './resolvers/cohort.resolver';
import { CohortEntryIntoTrainingResolver } from './resolvers/cohort-entry-into-training.resolver';
import { CohortEarlyTerminationsResolver } from './resolvers/cohort-early-terminations.resolver';
import { CohortGenderResolver } from './resolvers/cohort-gender.resolver';
import { CohortNonGermanResolver } from './resolvers/cohort-non-german.resolver';
import { CohortDashboardResolver } from './resolvers/cohort-dashboard.resolver';
import { CohortUnknownToAllResolver, UnknownToAllListResolver } from './resolvers/cohort-unknown.resolver';
import { MunicipalityImportResolver } from './resolvers/import.resolver';
import { ReportingYearResolver } from './resolvers/reporting-year.resolver';
import { CohortReportingYearResolver } from './resolvers/cohort-reporting-year.resolver';
import type { ReportingYear } from './entities/reporting-year.entity';

/** The exports this subgraph imports (`npm run import -- --partner municipality`). */
export { municipalityExportKinds } from './import/kinds';

/** The city's subgraph: districts, pseudonym register and consent register, transition-manager cases, the coordination office's reports. */
export const municipality: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: 'municipality',
  defaultPort: 4001,
  entities: [District, YouthRecord, TransitionCase, TransitionManagerSchool, TransitionManager, Consent],
  migrations,
  resolvers: [DistrictResolver, YouthMunicipalityResolver, SchoolMunicipalityResolver, ConsentResolver, TransitionCaseResolver, CohortResolver, MunicipalityImportResolver,
    // the coordination office's reports on a cohort, one resolver per report
    CohortEntryIntoTrainingResolver, CohortEarlyTerminationsResolver, CohortGenderResolver, CohortNonGermanResolver, CohortDashboardResolver,
    CohortUnknownToAllResolver, UnknownToAllListResolver,
    // the market-wide figures of a reporting year, from the partners' registers
    ReportingYearResolver, CohortReportingYearResolver],
  references: {
    District: resolveDistrictReference,
    Youth: resolveYouthReference,
    Cohort: resolveCohortReference,
    School: resolveSchoolReference,
    // The required chambers' and employment figures arrive with the representation.
    ReportingYear: (ref: ReportingYear) => ref,
  },
  createLoaders,
  seed: seedMunicipality,
  seedMarker: District,
  consentScope: consentScopeFor,
});
