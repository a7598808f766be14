import type { EntityManager } from '@mikro-orm/postgresql';
import { dateCell, identifierCell, kldbCell, sameName, textCell, type ExportKind } from '@kassel-hub/import';
import { Company } from '../entities/company.entity';
import { CompanyOccupation } from '../entities/company-occupation.entity';
import { Occupation } from '../entities/occupation.entity';
import type { Chamber } from '../entities/enums';
import { CHAMBERS } from './labels';

interface EntitlementRow {
  companyId: string;
  companyName: string | null;
  occupationKldb: string;
  occupationTitle: string | null;
  chamber: Chamber | null;
  withdrawnOn: string | null;
}

interface EntitlementRefs {
  companies: Map<string, Company>;
  occupations: Map<string, Occupation>;
}

/** The companies a file names and every registered occupation: two queries per file. */
async function loadCompaniesAndOccupations(em: EntityManager, rows: readonly EntitlementRow[]): Promise<EntitlementRefs> {
  const companies = await em.find(Company, { id: { $in: [...new Set(rows.map((r) => r.companyId))] } });
  const occupations = await em.find(Occupation, {});
  return { companies: new Map(companies.map((c) => [c.id, c])), occupations: new Map(occupations.map((o) => [o.kldb, o])) };
}

/**
 * Training entitlements (Ausbildungsberechtigungen): which occupation a company may train in,
 * as the competent chamber established it (§§ 27–30 BBiG). A contract is registered only for
 * an occupation its company is entitled to.
 */
export const entitlements: ExportKind<EntitlementRow, EntitlementRefs> = {
  name: 'entitlements',
  title: 'Ausbildungsberechtigungen',
  description:
    'One row per company and occupation it is entitled to train in, keyed by company number and KldB code. ' +
    'The company must be in the register (companies export) and the occupation among the registered ones (occupations export); ' +
    'the chamber, if given, must be the occupation\'s competent chamber. A new pair is added; a known one takes the withdrawal date of ' +
    'the file, so an entitlement is withdrawn by a date and reinstated by an empty cell. Leaving a row out withdraws nothing: the file ' +
    'may be a delivery of changes only. A contract is registered only if its company was entitled on its first day (NOT_ENTITLED).',
  columns: [
    { header: 'Betriebsnummer', aliases: ['Betriebs-Nr.'], field: 'companyId', presence: 'required', parse: identifierCell('company number'), doc: 'Number of a company in the register; with KldB the key.' },
    { header: 'Betrieb', aliases: ['Ausbildungsbetrieb'], field: 'companyName', presence: 'optional', parse: textCell(200), doc: 'Name of the company; only checked against the register (not stored).' },
    { header: 'KldB', aliases: ['KldB Ausbildungsberuf'], field: 'occupationKldb', presence: 'required', parse: kldbCell, doc: 'KldB 2010 code, 5 digits, of an occupation the chambers register (occupations export).' },
    { header: 'Ausbildungsberuf', aliases: ['Beruf'], field: 'occupationTitle', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation; only checked against the register\'s title for the code (not stored).' },
    { header: 'Kammer', aliases: ['zuständige Stelle'], field: 'chamber', presence: 'optional', parse: (raw) => CHAMBERS.parse(raw), doc: `Chamber that established the entitlement: ${CHAMBERS.doc}; only checked against the occupation's competent chamber (not stored).` },
    {
      header: 'Entzogen am',
      aliases: ['Berechtigung entzogen am', 'Entzug'],
      field: 'withdrawnOn',
      presence: 'nullable',
      parse: dateCell,
      doc: 'Day from which the chamber withdrew the entitlement (§33 BBiG), TT.MM.JJJJ; empty while it holds. Contracts beginning on or after it are refused.',
    },
  ],
  key: ['companyId', 'occupationKldb'],
  loadReferences: loadCompaniesAndOccupations,
  checkReferences(row, refs, fail) {
    const company = refs.companies.get(row.companyId);
    if (!company) fail('companyId', 'UNKNOWN_COMPANY', `no company ${row.companyId} in the chambers' register; import it with the companies export first`);
    else if (row.companyName !== null && !sameName(row.companyName, company.name)) fail('companyName', 'NAME_MISMATCH', `company ${row.companyId} is "${company.name}" in the register`);
    const occupation = refs.occupations.get(row.occupationKldb);
    if (!occupation) return fail('occupationKldb', 'UNKNOWN_OCCUPATION', `${row.occupationKldb} is no occupation the chambers register; import it with the occupations export first`);
    if (row.occupationTitle !== null && !sameName(row.occupationTitle, occupation.title)) {
      fail('occupationTitle', 'TITLE_MISMATCH', `KldB ${occupation.kldb} is "${occupation.title}": is the code or the title wrong?`);
    }
    if (row.chamber !== null && row.chamber !== occupation.chamber) fail('chamber', 'CHAMBER_MISMATCH', `entitlements to train "${occupation.title}" are established by the ${occupation.chamber}`);
  },
  target: {
    entity: CompanyOccupation,
    managed: ['withdrawnOn'],
    record: (r) => ({ companyId: r.companyId, occupationKldb: r.occupationKldb, withdrawnOn: r.withdrawnOn }),
    create: () => ({}),
  },
};
