import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, selectRows } from '@kassel-hub/kit';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import { Sgb2Household } from '../entities/sgb2-household.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    guidanceByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, GuidanceContact, { where: 'pseudonym = any($1)', orderBy: 'date, id' }, [ps]),
      (g) => g.pseudonym,
    ),
    applicationsByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, Applicant, { where: 'pseudonym = any($1)', orderBy: 'report_year desc, id desc' }, [ps]),
      (a) => a.pseudonym,
    ),
    measuresByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, MeasureParticipation, { where: 'pseudonym = any($1)', orderBy: 'start, id' }, [ps]),
      (m) => m.pseudonym,
    ),
    sgb2Household: oneByKey(
      (ps: readonly string[]) => selectRows(em, Sgb2Household, { where: 'pseudonym = any($1)' }, [ps]),
      (h) => h.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
