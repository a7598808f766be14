import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, selectRows } from '@kassel-hub/kit';
import { School } from '../entities/school.entity';
import { Leaver } from '../entities/leaver.entity';
import { OrientationActivity } from '../entities/orientation-activity.entity';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    school: oneByKey(
      (ids: readonly string[]) => selectRows(em, School, { where: 'id = any($1)' }, [ids]),
      (s) => s.id,
    ),
    leavingsByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, Leaver, { where: 'pseudonym = any($1)', orderBy: 'cohort_year desc' }, [ps]),
      (l) => l.pseudonym,
    ),
    orientationByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, OrientationActivity, { where: 'pseudonym = any($1)', orderBy: 'date, id' }, [ps]),
      (a) => a.pseudonym,
    ),
    leavingClassesByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, LeavingClassEntry, { where: 'pseudonym = any($1)', orderBy: 'cohort_year desc' }, [ps]),
      (e) => e.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
