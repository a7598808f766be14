import type { EntityManager } from '@mikro-orm/postgresql';
import { kldbCell, recognisedOccupationsOf, sameName, textCell, type ExportKind } from '@kassel-hub/import';
import { RecognisedOccupation } from '../entities/recognised-occupation.entity';
import { Chamber } from '../entities/enums';
import { CHAMBERS } from './labels';

const isChamber = (body: string): body is Chamber => Object.values<string>(Chamber).includes(body);

interface OccupationRow {
  kldb: string;
  /** After `checkRow`: the reference list's spelling of the title (the code's principal one where the file has none). */
  title: string | null;
  chamber: Chamber | null;
}

/** The reference list's occupation a row names: by title among the code's, else the code's principal one. */
const referenceOf = (row: OccupationRow) => {
  const recognised = recognisedOccupationsOf(row.kldb);
  return row.title === null ? recognised[0] : recognised.find((o) => sameName(row.title!, o.title));
};

/**
 * Keeps the code-level register (`occupation`, what contracts and entitlements name) in step with
 * the recognised occupations: per code, the first of its registered occupations in the reference
 * list's order (the principal one where the chamber registers it) gives title, chamber and length.
 */
async function registerCodes(em: EntityManager, records: readonly Record<string, unknown>[]): Promise<void> {
  const codes = [...new Set(records.map((r) => r.kldb as string))];
  // As JSON: the ORM would spread an array parameter into a list of values.
  const stored = await em.execute<{ kldb: string; title: string }[]>(
    'select kldb, title from recognised_occupation where kldb in (select json_array_elements_text(?::json))',
    [JSON.stringify(codes)],
  );
  const registered = new Set([...stored, ...records].map((r) => `${r.kldb}|${r.title}`));
  const rows = codes.map((kldb) => {
    const o = recognisedOccupationsOf(kldb).find((r) => registered.has(`${kldb}|${r.title}`))!;
    return { kldb, title: o.title, chamber: o.body, duration_months: o.durationMonths };
  });
  await em.execute(
    `insert into occupation (kldb, title, chamber, duration_months)
     select kldb, title, chamber, duration_months from json_populate_recordset(null::occupation, ?::json)
     on conflict (kldb) do update set title = excluded.title, chamber = excluded.chamber, duration_months = excluded.duration_months
     where (occupation.title, occupation.chamber, occupation.duration_months) is distinct from (excluded.title, excluded.chamber, excluded.duration_months)`,
    [JSON.stringify(rows)],
  );
}

/**
 * The occupations the chambers in Kassel register contracts in. What an occupation is (title,
 * competent chamber, regular length) is reference data the hub ships; the chambers decide only
 * which of them their register holds, so a row names the occupation by code and title and
 * everything else comes from the reference list.
 */
export const occupations: ExportKind<OccupationRow> = {
  name: 'occupations',
  title: 'Ausbildungsberufe',
  description:
    'The recognised apprenticeship occupations (BBiG/HwO) the IHK Kassel-Marburg and the Handwerkskammer Kassel register, one row per occupation: KldB 2010 code and title. ' +
    'A code classifies, it does not identify: several recognised occupations share one (62102: Kaufmann/Kauffrau im Einzelhandel and Verkäufer/in), ' +
    'so the register keeps each occupation under its code, and contracts and entitlements name the code. A row without a title means the code\'s principal occupation. ' +
    'Chamber and regular length are not taken from the file but from the hub\'s reference list of recognised occupations, ' +
    'so a reference update reaches the register with the next import of this file; title and chamber in the file are only cross-checked. ' +
    'An import kind rather than a migration, because which occupations a chamber registers is the chamber\'s decision and changes as ' +
    'occupations are recognised or dropped; a migration would freeze one list into the schema history. Import it first: companies\' ' +
    'entitlements and contracts refuse an occupation missing here. Occupations are never removed by an import (old contracts refer to them).',
  columns: [
    { header: 'KldB', aliases: ['KldB Ausbildungsberuf', 'KldB 2010'], field: 'kldb', presence: 'required', parse: kldbCell, doc: 'KldB 2010 code, 5 digits, of a recognised apprenticeship occupation of the reference list whose contracts the IHK or the Handwerkskammer registers; with the title, the key.' },
    { header: 'Ausbildungsberuf', aliases: ['Beruf'], field: 'title', presence: 'optional', parse: textCell(200), doc: 'Title of the occupation: any recognised occupation of the code (spelling as in the reference list, case and spacing aside); empty: the code\'s principal occupation.' },
    { header: 'Kammer', aliases: ['zuständige Stelle'], field: 'chamber', presence: 'optional', parse: (raw) => CHAMBERS.parse(raw), doc: `Competent chamber: ${CHAMBERS.doc}; only checked against the reference list (not stored).` },
  ],
  key: ['kldb', 'title'],
  checkRow(row, fail) {
    const recognised = recognisedOccupationsOf(row.kldb);
    if (recognised.length === 0) return fail('kldb', 'UNKNOWN_OCCUPATION', `${row.kldb} is not in the reference list of recognised apprenticeship occupations`);
    const reference = referenceOf(row);
    if (!reference) {
      return fail('title', 'TITLE_MISMATCH', `KldB ${row.kldb} classifies ${recognised.map((o) => `"${o.title}"`).join(', ')}: is the code or the title wrong?`);
    }
    // The reference spelling, so that the key (code, title) compares occupations, not spellings.
    row.title = reference.title;
    if (!isChamber(reference.body)) {
      return fail('kldb', 'NOT_A_CHAMBER_OCCUPATION', `"${reference.title}" is registered by another competent body (${reference.body}), not by the IHK or the Handwerkskammer`);
    }
    if (row.chamber !== null && row.chamber !== reference.body) fail('chamber', 'CHAMBER_MISMATCH', `contracts in "${reference.title}" are registered by the ${reference.body}`);
  },
  target: {
    entity: RecognisedOccupation,
    managed: ['chamber', 'durationMonths'],
    record: (r) => {
      const reference = referenceOf(r)!;
      return { kldb: r.kldb, title: reference.title, chamber: reference.body as Chamber, durationMonths: reference.durationMonths };
    },
    create: () => ({}),
    beforeWrite: registerCodes,
  },
};
