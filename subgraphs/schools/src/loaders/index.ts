import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, readRows } from '@kassel-hub/kit';
import { School } from '../entities/school.entity';
import { Leaver } from '../entities/leaver.entity';
import { OrientationActivity } from '../entities/orientation-activity.entity';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    school: oneByKey(
      (ids: readonly string[]) => readRows(em, School, { id: { $in: [...ids] } }),
      (s) => s.id,
    ),
    leavingsByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, Leaver, { pseudonym: { $in: [...ps] } }, { orderBy: { cohortYear: 'desc' } }),
      (l) => l.pseudonym,
    ),
    orientationByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, OrientationActivity, { pseudonym: { $in: [...ps] } }, { orderBy: { date: 'asc', id: 'asc' } }),
      (a) => a.pseudonym,
    ),
    leavingClassesByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, LeavingClassEntry, { pseudonym: { $in: [...ps] } }, { orderBy: { cohortYear: 'desc' } }),
      (e) => e.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
