import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { Occupation } from '../entities/occupation.entity';
import { RecognisedOccupation } from '../entities/recognised-occupation.entity';
import { Company } from '../entities/company.entity';
import { CompanyOccupation } from '../entities/company-occupation.entity';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Chamber, TerminationReason } from '../entities/enums';

/** The chambers' slice of the synthetic Kassel: occupations, companies and training contracts. */
export async function seedChambers(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  const data = generatedWorld(options);
  return {
    // femaleShare only steers the generator; the register does not record it.
    occupations: await insertAll(
      em,
      Occupation,
      data.occupations.map((o) => ({ kldb: o.kldb, title: o.title, chamber: o.chamber as Chamber, durationMonths: o.durationMonths })),
    ),
    // The generator registers one occupation per code, the one the code's title names.
    recognisedOccupations: await insertAll(
      em,
      RecognisedOccupation,
      data.occupations.map((o) => ({ kldb: o.kldb, title: o.title, chamber: o.chamber as Chamber, durationMonths: o.durationMonths })),
    ),
    companies: await insertAll(
      em,
      Company,
      data.companies.map((c) => ({ id: c.id, name: c.name, chamber: c.chamber as Chamber, districtCode: c.districtCode })),
    ),
    companyOccupations: await insertAll(
      em,
      CompanyOccupation,
      data.companies.flatMap((c) => c.occupations.map((kldb) => ({ companyId: c.id, occupationKldb: kldb }))),
    ),
    contracts: await insertAll(
      em,
      TrainingContract,
      data.contracts.map((t) => ({
        id: t.id,
        // The generator numbers contracts once; the register number is that number.
        registerNumber: t.id,
        pseudonym: t.pseudonym,
        companyId: t.companyId,
        occupationKldb: t.occupationKldb,
        chamber: t.chamber as Chamber,
        startDate: t.startDate,
        plannedEndDate: t.plannedEndDate,
        terminatedOn: t.terminatedOn,
        terminationReason: t.terminationReason as TerminationReason | null,
      })),
    ),
  };
}
