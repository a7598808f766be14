import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, selectRows } from '@kassel-hub/kit';
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
        selectRows(em, Consent, { where: 'pseudonym = any($1) and withdrawn_at is null and valid_from <= $2 and valid_until >= $2', orderBy: 'recorded_at' }, [ps, today]),
      (c) => c.pseudonym,
    ),
    district: oneByKey(
      (codes: readonly string[]) => selectRows(em, District, { where: 'code = any($1)' }, [codes]),
      (d) => d.code,
    ),
    youth: oneByKey(
      (ps: readonly string[]) => selectRows(em, YouthRecord, { where: 'pseudonym = any($1)' }, [ps]),
      (y) => y.pseudonym,
    ),
    casesByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, TransitionCase, { where: 'pseudonym = any($1)', orderBy: 'opened_on desc, id desc' }, [ps]),
      (c) => c.pseudonym,
    ),
    managedSchool: oneByKey(
      (ids: readonly string[]) => selectRows(em, TransitionManagerSchool, { where: 'school_id = any($1)' }, [ids]),
      (s) => s.schoolId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
