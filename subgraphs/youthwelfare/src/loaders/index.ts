import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '@kassel-hub/kit';
import { YouthWelfareRecord } from '../entities/youth-welfare-record.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    youthWelfareRecord: oneByKey(
      (ids: readonly string[]) => em.find(YouthWelfareRecord, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    youthWelfareRecordsByPseudonym: manyByKey(
      (ps: readonly string[]) => em.find(YouthWelfareRecord, { pseudonym: { $in: [...ps] } }, { orderBy: { recordedOn: 'asc', id: 'asc' } }),
      (r) => r.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
