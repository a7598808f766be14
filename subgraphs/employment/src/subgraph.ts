import { Cohort } from './entities/cohort.entity';
import { resolveCohortReference, resolveYouthReference } from '@kassel-hub/governance';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph } from '@kassel-hub/governance';
import { CohortEmploymentResolver } from './resolvers/cohort.resolver';
import { Youth } from './entities/youth.entity';
import { GuidanceContact } from './entities/guidance-contact.entity';
import { Applicant } from './entities/applicant.entity';
import { Vacancy } from './entities/vacancy.entity';
import { MeasureParticipation } from './entities/measure-participation.entity';
import { Sgb2Household } from './entities/sgb2-household.entity';
import { LabourMarketFigure } from './entities/labour-market-figure.entity';
import { YouthEmploymentResolver } from './resolvers/youth.resolver';
import { VacancyResolver } from './resolvers/vacancy.resolver';
import { LabourMarketResolver } from './resolvers/labour-market.resolver';
import { EmploymentImportResolver } from './resolvers/import.resolver';
import { GuidanceContactResolver } from './resolvers/guidance-contact.resolver';
import { ReportingYearEmploymentResolver } from './resolvers/reporting-year.resolver';
import { ReportingYear } from './entities/reporting-year.entity';

import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seedEmployment } from './seed/seed';

/** The extracts this subgraph imports (`npm run import -- --partner employment`). */
export { employmentExportKinds } from './import/kinds';

/**
 * The subgraph of the Agentur für Arbeit (SGB III) and the Jobcenter (SGB II): guidance contacts,
 * applicants, vacancies, measures, the SGB II flag and labour-market statistics.
 */
export const employment: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: 'employment',
  defaultPort: 4003,
  entities: [GuidanceContact, Applicant, Vacancy, MeasureParticipation, Sgb2Household, LabourMarketFigure],
  migrations,
  resolvers: [YouthEmploymentResolver, VacancyResolver, LabourMarketResolver, CohortEmploymentResolver, EmploymentImportResolver, GuidanceContactResolver, ReportingYearEmploymentResolver],
  // Youth is no query's result here; listing it makes type-graphql emit it for `_entities`.
  orphanedTypes: [Youth, Cohort, ReportingYear],
  references: { Cohort: resolveCohortReference, Youth: resolveYouthReference, ReportingYear: (ref: { year: number }) => ({ year: ref.year }) },
  createLoaders,
  seed: seedEmployment,
  seedMarker: LabourMarketFigure,
});
