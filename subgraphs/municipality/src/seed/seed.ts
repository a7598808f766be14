import type { EntityManager } from '@mikro-orm/postgresql';
import type { KasselData } from '@kassel-hub/datagen';
import { insertAll } from '@kassel-hub/kit';
import { District } from '../entities/district.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import { TransitionManagerSchool } from '../entities/transition-manager-school.entity';
import type { CaseOutcome, WelfareMeasure } from '../entities/enums';

/** The city's slice: districts, the pseudonym register, transition cases and welfare measures. */
export async function seedMunicipality(em: EntityManager, data: KasselData): Promise<Record<string, number>> {
  const managersPerSchool = new Map<string, Set<string>>();
  for (const c of data.cases) {
    const set = managersPerSchool.get(c.schoolId) ?? new Set<string>();
    set.add(c.manager);
    managersPerSchool.set(c.schoolId, set);
  }
  // A pseudonym is registered when the city first works with the young person's data; the
  // generator's world has no consent dates yet, so the first of July of the leaving year stands in.
  const firstYear = Math.min(...data.cohortYears);
  return {
    districts: await insertAll(em, District, data.districts.map(({ risk: _risk, ...d }) => d)),
    youth: await insertAll(
      em,
      YouthRecord,
      data.youth.map((y) => ({ pseudonym: y.pseudonym, districtCode: y.districtCode, registeredOn: `${Math.max(firstYear - 1, y.birthYear + 15)}-07-01` })),
    ),
    transitionManagerSchools: await insertAll(
      em,
      TransitionManagerSchool,
      data.schools.filter((s) => s.hasTransitionManager).map((s) => ({ schoolId: s.id, managers: managersPerSchool.get(s.id)?.size ?? 2 })),
    ),
    cases: await insertAll(
      em,
      TransitionCase,
      data.cases.map((c) => ({ ...c, outcome: c.outcome as CaseOutcome | null })),
    ),
    welfare: await insertAll(
      em,
      WelfareParticipation,
      data.welfare.map((w) => ({ ...w, measure: w.measure as WelfareMeasure })),
    ),
  };
}
