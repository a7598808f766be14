import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { School } from '../entities/school.entity';
import { Leaver } from '../entities/leaver.entity';
import { OrientationActivity } from '../entities/orientation-activity.entity';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';
import { NextStep, type OrientationKind, type Qualification, type SchoolType } from '../entities/enums';

/** What the school learns at leaving: sectors I–IV are confirmed steps; other and unknown are none. */
const nextStepOf: Record<string, NextStep | null> = {
  APPRENTICESHIP: NextStep.APPRENTICESHIP,
  TRANSITION_SYSTEM: NextStep.TRANSITION_SYSTEM,
  FURTHER_SCHOOL: NextStep.FURTHER_SCHOOL,
  UNIVERSITY: NextStep.UNIVERSITY,
  OTHER: null,
  UNKNOWN: null,
};

/** The schools' slice of the synthetic Kassel: schools, leavers and orientation activities. */
export async function seedSchools(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  const data = generatedWorld(options);
  const destination = new Map(data.youth.map((y) => [y.pseudonym, y.destination]));
  return {
    schools: await insertAll(
      em,
      School,
      data.schools.map((s) => ({ id: s.id, name: s.name, type: s.type as SchoolType, districtCode: s.districtCode })),
    ),
    leavers: await insertAll(
      em,
      Leaver,
      data.pupils.map((p) => ({
        pseudonym: p.pseudonym,
        schoolId: p.schoolId,
        cohortYear: p.cohortYear,
        leavingDate: p.leavingDate,
        qualification: p.qualification as Qualification,
        nextStep: nextStepOf[destination.get(p.pseudonym) ?? 'UNKNOWN'],
      })),
    ),
    // Every leaver was on a leaving-class list; the school expected the day it then left.
    leavingClassEntries: await insertAll(
      em,
      LeavingClassEntry,
      data.pupils.map((p) => ({ pseudonym: p.pseudonym, schoolId: p.schoolId, cohortYear: p.cohortYear, expectedLeavingDate: p.leavingDate })),
    ),
    orientation: await insertAll(
      em,
      OrientationActivity,
      data.orientation.map((o) => ({
        id: o.id,
        pseudonym: o.pseudonym,
        kind: o.kind as OrientationKind,
        date: o.date,
        companyId: o.companyId ?? null,
        occupationKldb: o.occupationKldb ?? null,
        weeks: o.weeks ?? null,
      })),
    ),
  };
}
