import { kldbCell, recognisedOccupation, sameName, textCell, type ExportKind } from '@kassel-hub/import';
import { Occupation } from '../entities/occupation.entity';
import { Chamber } from '../entities/enums';
import { CHAMBERS } from './labels';

const isChamber = (body: string): body is Chamber => Object.values<string>(Chamber).includes(body);

interface OccupationRow {
  kldb: string;
  title: string | null;
  chamber: Chamber | null;
}

/**
 * The occupations the chambers in Kassel register contracts in. What an occupation is (title,
 * competent chamber, regular length) is reference data the hub ships; the chambers decide only
 * which of them their register holds, so a row names the KldB code and everything else comes
 * from the reference list.
 */
export const occupations: ExportKind<OccupationRow> = {
  name: 'occupations',
  title: 'Ausbildungsberufe',
  description:
    'The recognised apprenticeship occupations (BBiG/HwO) the IHK Kassel-Marburg and the Handwerkskammer Kassel register, one row per KldB 2010 code. ' +
    'Title, competent chamber and regular length are not taken from the file but from the hub\'s reference list of recognised occupations, ' +
    'so a reference update reaches the register with the next import of this file; title and chamber in the file are only cross-checked. ' +
    'An import kind rather than a migration, because which occupations a chamber registers is the chamber\'s decision and changes as ' +
    'occupations are recognised or dropped; a migration would freeze one list into the schema history. Import it first: companies\' ' +
    'entitlements and contracts refuse an occupation missing here. Occupations are never removed by an import (old contracts refer to them).',
  columns: [
    { header: 'KldB', aliases: ['KldB Ausbildungsberuf', 'KldB 2010'], field: 'kldb', presence: 'required', parse: kldbCell, doc: 'KldB 2010 code, 5 digits, of a recognised apprenticeship occupation of the reference list whose contracts the IHK or the Handwerkskammer registers; the key.' },
    { header: 'Ausbildungsberuf', aliases: ['Beruf'], field: 'title', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation; only checked against the reference list\'s title for the code (not stored).' },
    { header: 'Kammer', aliases: ['zuständige Stelle'], field: 'chamber', presence: 'optional', parse: (raw) => CHAMBERS.parse(raw), doc: `Competent chamber: ${CHAMBERS.doc}; only checked against the reference list (not stored).` },
  ],
  key: ['kldb'],
  checkRow(row, fail) {
    const reference = recognisedOccupation(row.kldb);
    if (!reference) return fail('kldb', 'UNKNOWN_OCCUPATION', `${row.kldb} is not in the reference list of recognised apprenticeship occupations`);
    if (row.title !== null && !sameName(row.title, reference.title)) fail('title', 'TITLE_MISMATCH', `KldB ${row.kldb} is "${reference.title}": is the code or the title wrong?`);
    if (!isChamber(reference.body)) {
      return fail('kldb', 'NOT_A_CHAMBER_OCCUPATION', `"${reference.title}" is registered by another competent body (${reference.body}), not by the IHK or the Handwerkskammer`);
    }
    if (row.chamber !== null && row.chamber !== reference.body) fail('chamber', 'CHAMBER_MISMATCH', `contracts in "${reference.title}" are registered by the ${reference.body}`);
  },
  target: {
    entity: Occupation,
    managed: ['title', 'chamber', 'durationMonths'],
    record: (r) => {
      const reference = recognisedOccupation(r.kldb)!;
      return { kldb: r.kldb, title: reference.title, chamber: reference.body as Chamber, durationMonths: reference.durationMonths };
    },
    create: () => ({}),
  },
};
