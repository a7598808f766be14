import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, selectRows } from '@kassel-hub/kit';
import { WelfareParticipation } from '../entities/welfare-participation.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    welfareParticipation: oneByKey(
      (ids: readonly string[]) => selectRows(em, WelfareParticipation, { where: 'id = any($1)' }, [ids]),
      (r) => r.id,
    ),
    welfareParticipationsByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, WelfareParticipation, { where: 'pseudonym = any($1)', orderBy: 'start, id' }, [ps]),
      (r) => r.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
