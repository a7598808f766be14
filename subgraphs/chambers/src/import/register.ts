import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../entities/company.entity';
import { CompanyOccupation } from '../entities/company-occupation.entity';
import { Occupation } from '../entities/occupation.entity';

/** The part of the chambers' register a contracts file is checked against. */
export interface RegisterRefs {
  companies: Map<string, Company>;
  occupations: Map<string, Occupation>;
  /** Per `companyId|kldb` a company is entitled to train in: the day the entitlement was withdrawn, or null. */
  entitlements: Map<string, string | null>;
}

/** The companies a file names with their entitlements, and all occupations: three queries per file. */
export async function loadRegister(em: EntityManager, rows: readonly { companyId: string }[]): Promise<RegisterRefs> {
  const ids = [...new Set(rows.map((r) => r.companyId))];
  // One after the other: inside the import's transaction they share one connection.
  const companies = await em.find(Company, { id: { $in: ids } });
  const links = await em.find(CompanyOccupation, { companyId: { $in: ids } });
  const occupations = await em.find(Occupation, {});
  return {
    companies: new Map(companies.map((c) => [c.id, c])),
    occupations: new Map(occupations.map((o) => [o.kldb, o])),
    entitlements: new Map(links.map((l) => [`${l.companyId}|${l.occupationKldb}`, l.withdrawnOn])),
  };
}
