import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '@kassel-hub/kit';
import { WelfareParticipation } from '../entities/welfare-participation.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    welfareParticipation: oneByKey(
      (ids: readonly string[]) => em.find(WelfareParticipation, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    welfareParticipationsByPseudonym: manyByKey(
      (ps: readonly string[]) => em.find(WelfareParticipation, { pseudonym: { $in: [...ps] } }, { orderBy: { start: 'asc', id: 'asc' } }),
      (r) => r.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
