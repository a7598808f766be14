import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, readRows } from '@kassel-hub/kit';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import { Sgb2Household } from '../entities/sgb2-household.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    guidanceByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, GuidanceContact, { pseudonym: { $in: [...ps] } }, { orderBy: { date: 'asc', id: 'asc' } }),
      (g) => g.pseudonym,
    ),
    applicationsByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, Applicant, { pseudonym: { $in: [...ps] } }, { orderBy: { reportYear: 'desc', id: 'desc' } }),
      (a) => a.pseudonym,
    ),
    measuresByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, MeasureParticipation, { pseudonym: { $in: [...ps] } }, { orderBy: { start: 'asc', id: 'asc' } }),
      (m) => m.pseudonym,
    ),
    sgb2Household: oneByKey(
      (ps: readonly string[]) => readRows(em, Sgb2Household, { pseudonym: { $in: [...ps] } }),
      (h) => h.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
