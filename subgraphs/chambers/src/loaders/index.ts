import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey, readRows } from '@kassel-hub/kit';
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
      (kldbs: readonly string[]) => readRows(em, Occupation, { kldb: { $in: [...kldbs] } }),
      (o) => o.kldb,
    ),
    recognisedByKldb: manyByKey(
      (kldbs: readonly string[]) => readRows(em, RecognisedOccupation, { kldb: { $in: [...kldbs] } }, { orderBy: { kldb: 'asc', title: 'asc' } }),
      (o) => o.kldb,
    ),
    company: oneByKey(
      (ids: readonly string[]) => readRows(em, Company, { id: { $in: [...ids] } }),
      (c) => c.id,
    ),
    // Always two statements (links, then occupations), never the shared `occupation` loader: its
    // cache would make the statement count depend on which occupations an earlier field loaded.
    occupationsByCompany: manyByKey(
      async (ids: readonly string[]): Promise<CompanyOccupationRow[]> => {
        // A withdrawn entitlement stays in the register for the contracts begun before; it is no longer one the company has.
        const today = new Date().toISOString().slice(0, 10);
        const links = await readRows(
          em,
          CompanyOccupation,
          { companyId: { $in: [...ids] }, $or: [{ withdrawnOn: null }, { withdrawnOn: { $gt: today } }] },
          { orderBy: { companyId: 'asc', occupationKldb: 'asc' } },
        );
        if (links.length === 0) return [];
        const occupations = await readRows(em, Occupation, { kldb: { $in: [...new Set(links.map((l) => l.occupationKldb))] } });
        const byKldb = new Map(occupations.map((o) => [o.kldb, o]));
        return links.map((l) => ({ companyId: l.companyId, occupation: byKldb.get(l.occupationKldb)! }));
      },
      (row) => row.companyId,
    ),
    contractsByPseudonym: manyByKey(
      (ps: readonly string[]) => readRows(em, TrainingContract, { pseudonym: { $in: [...ps] } }, { orderBy: { startDate: 'asc', id: 'asc' } }),
      (c) => c.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
