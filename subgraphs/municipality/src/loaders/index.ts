import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, readRows } from '@kassel-hub/kit';
import { District } from '../entities/district.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import { TransitionManagerSchool } from '../entities/transition-manager-school.entity';
import { Consent } from '../entities/consent.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  const today = new Date().toISOString().slice(0, 10);
  return {
    /** Consents in force today (not withdrawn, within their validity); read anew in every request. */
    validConsentsByPseudonym: manyByKey(
      (ps: readonly string[]) =>
        readRows(em, Consent, { pseudonym: { $in: [...ps] }, withdrawnAt: null, validFrom: { $lte: today }, validUntil: { $gte: today } }, { orderBy: { recordedAt: 'asc' } }),
      (c) => c.pseudonym,
    ),
    district: oneByKey(
      (codes: readonly string[]) => readRows(em, District, { code: { $in: [...codes] } }),
      (d) => d.code,
    ),
    youth: oneByKey(
      (ps: readonly string[]) => readRows(em, YouthRecord, { pseudonym: { $in: [...ps] } }),
      (y) => y.pseudonym,
    ),
    casesByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, TransitionCase, { pseudonym: { $in: [...ps] } }, { orderBy: { openedOn: 'desc', id: 'desc' } }),
      (c) => c.pseudonym,
    ),
    managedSchool: oneByKey(
      (ids: readonly string[]) => readRows(em, TransitionManagerSchool, { schoolId: { $in: [...ids] } }),
      (s) => s.schoolId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
