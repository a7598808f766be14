import { districtCell, identifierCell, textCell, type ExportKind } from '@kassel-hub/import';
import { Company } from '../entities/company.entity';
import type { Chamber } from '../entities/enums';
import { CHAMBERS } from './labels';

interface CompanyRow {
  id: string;
  name: string;
  chamber: Chamber;
  districtCode: string;
}

/** The training companies of the chambers' register (Ausbildungsbetriebe), keyed by the company number. */
export const companies: ExportKind<CompanyRow> = {
  name: 'companies',
  title: 'Ausbildungsbetriebe',
  description:
    'The training companies of Kassel as the chambers register them, one row per company, keyed by the company number. ' +
    'A new number adds a company; a known one updates its name, chamber and district. The occupations a company may train in ' +
    'are the entitlements export\'s: import companies first, then their entitlements, then contracts, which refuse an unknown ' +
    'company (UNKNOWN_COMPANY). Companies are never removed by an import: contracts keep referring to them.',
  columns: [
    { header: 'Betriebsnummer', aliases: ['Betriebs-Nr.'], field: 'id', presence: 'required', parse: identifierCell('company number'), doc: 'The company\'s number in the chamber\'s register (3–40 letters, digits, `-`, `_`, `/`); the key.' },
    { header: 'Betrieb', aliases: ['Ausbildungsbetrieb', 'Name'], field: 'name', presence: 'required', parse: textCell(200), doc: 'Name of the company, at most 200 characters.' },
    { header: 'Kammer', aliases: ['zuständige Stelle'], field: 'chamber', presence: 'required', parse: (raw) => CHAMBERS.parse(raw), doc: `Chamber the company belongs to: ${CHAMBERS.doc}.` },
    { header: 'Stadtteil', aliases: ['Ortsbezirk'], field: 'districtCode', presence: 'required', parse: districtCell, doc: 'District where the company trains: its code `01`–`23` (or `1`–`23`) or its name, e.g. `Bettenhausen`.' },
  ],
  key: ['id'],
  target: {
    entity: Company,
    managed: ['name', 'chamber', 'districtCode'],
    record: (r) => ({ id: r.id, name: r.name, chamber: r.chamber, districtCode: r.districtCode }),
    create: () => ({}),
  },
};
