import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, selectRows } from '@kassel-hub/kit';
import { Occupation } from '../entities/occupation.entity';
import { RecognisedOccupation } from '../entities/recognised-occupation.entity';
import { Company } from '../entities/company.entity';
import { CompanyOccupation } from '../entities/company-occupation.entity';
import { TrainingContract } from '../entities/training-contract.entity';

/** The occupations of one company, tagged with it so that `manyByKey` can group them. */
interface CompanyOccupationRow {
  companyId: string;
  occupation: Occupation;
}

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    occupation: oneByKey(
      (kldbs: readonly string[]) => selectRows(em, Occupation, { where: 'kldb = any($1)' }, [kldbs]),
      (o) => o.kldb,
    ),
    recognisedByKldb: manyByKey(
      (kldbs: readonly string[]) => selectRows(em, RecognisedOccupation, { where: 'kldb = any($1)', orderBy: 'kldb, title' }, [kldbs]),
      (o) => o.kldb,
    ),
    company: oneByKey(
      (ids: readonly string[]) => selectRows(em, Company, { where: 'id = any($1)' }, [ids]),
      (c) => c.id,
    ),
    // Always two statements (links, then occupations), never the shared `occupation` loader: its
    // cache would make the statement count depend on which occupations an earlier field loaded.
    occupationsByCompany: manyByKey(
      async (ids: readonly string[]): Promise<CompanyOccupationRow[]> => {
        // A withdrawn entitlement stays in the register for the contracts begun before; it is no longer one the company has.
        const today = new Date().toISOString().slice(0, 10);
        const links = await selectRows(
          em,
          CompanyOccupation,
          { where: 'company_id = any($1) and (withdrawn_on is null or withdrawn_on > $2)', orderBy: 'company_id, occupation_kldb' },
          [ids, today],
        );
        if (links.length === 0) return [];
        const occupations = await selectRows(em, Occupation, { where: 'kldb = any($1)' }, [[...new Set(links.map((l) => l.occupationKldb))]]);
        const byKldb = new Map(occupations.map((o) => [o.kldb, o]));
        return links.map((l) => ({ companyId: l.companyId, occupation: byKldb.get(l.occupationKldb)! }));
      },
      (row) => row.companyId,
    ),
    contractsByPseudonym: manyByKey(
      (ps: readonly string[]) => selectRows(em, TrainingContract, { where: 'pseudonym = any($1)', orderBy: 'start_date, id' }, [ps]),
      (c) => c.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
