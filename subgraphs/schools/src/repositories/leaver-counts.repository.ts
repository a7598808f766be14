import type { EntityManager } from '@mikro-orm/postgresql';
import type { Qualification } from '../entities/enums';

/** Leavers of one school with one qualification; qualification null marks a school without leavers. */
export interface LeaverCount {
  schoolId: string;
  districtCode: string;
  qualification: Qualification | null;
  leavers: number;
}

/**
 * Every school with its leavers of a cohort per qualification, in one GROUP BY over the whole
 * cohort. The school table drives the rows (left join), so the table is complete and fixed:
 * a school without leavers in that year still appears, with a 0.
 */
export async function countLeaversBySchoolAndQualification(em: EntityManager, cohortYear: number): Promise<LeaverCount[]> {
  const rows = await em.execute<{ school_id: string; district_code: string; qualification: Qualification | null; leavers: number }[]>(
    `select s.id as school_id, s.district_code, l.qualification, count(l.id)::int as leavers
       from school s
       left join leaver l on l.school_id = s.id and l.cohort_year = ?
      group by s.id, s.district_code, l.qualification
      order by s.id, l.qualification`,
    [cohortYear],
  );
  return rows.map((r) => ({ schoolId: r.school_id, districtCode: r.district_code, qualification: r.qualification, leavers: r.leavers }));
}
