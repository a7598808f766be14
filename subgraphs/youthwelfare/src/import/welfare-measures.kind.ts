import { dateCell, formatGermanDate, identifierCell, pseudonymCell, type ExportKind, type Fail, type ImportContext } from '@kassel-hub/import';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { WelfareMeasure } from '../entities/enums';
import { WELFARE_MEASURES } from './measure-labels';

interface MeasureRow {
  id: string;
  pseudonym: string;
  measure: WelfareMeasure;
  start: string;
  end: string | null;
}

function notInFuture(date: string | null, field: 'start' | 'end', fail: Fail<MeasureRow>, ctx: ImportContext) {
  if (date !== null && date > ctx.today) fail(field, 'DATE_IN_FUTURE', `the date lies after today (${formatGermanDate(ctx.today)})`);
}

/**
 * The youth welfare office's list of participations in §13 SGB VIII measures (Maßnahmeliste),
 * keyed by participation number. A later delivery updates measure and dates, e.g. ends a
 * participation; the young person of a participation never changes. Pseudonyms are checked for
 * their form only: the city's register issues them, and the office does not hold it.
 */
export const welfareMeasures: ExportKind<MeasureRow> = {
  name: 'welfare-measures',
  title: 'Maßnahmeliste Jugendsozialarbeit (§ 13 SGB VIII)',
  description:
    'Participations in the youth welfare office\'s measures, from its case software. A later delivery updates measure and dates (e.g. ends a participation); the young person of a participation never changes, and pseudonyms are checked for their form only (the city\'s register issues them)',
  columns: [
    { header: 'Teilnahme-Nr.', aliases: ['Teilnahmenummer', 'Fallnummer'], field: 'id', presence: 'required', parse: identifierCell('participation number'), doc: 'The participation number (e.g. `W000123`); the key.' },
    { header: 'Pseudonym', field: 'pseudonym', presence: 'required', parse: pseudonymCell, doc: 'The young person\'s pseudonym; never changes for a participation.' },
    { header: 'Maßnahme', aliases: ['Hilfeart'], field: 'measure', presence: 'required', parse: (raw) => WELFARE_MEASURES.parse(raw), doc: `The measure: ${WELFARE_MEASURES.doc}.` },
    { header: 'Beginn', aliases: ['Eintritt'], field: 'start', presence: 'required', parse: dateCell, doc: 'First day of participation, TT.MM.JJJJ, not in the future.' },
    { header: 'Ende', aliases: ['Austritt'], field: 'end', presence: 'nullable', parse: dateCell, doc: 'Last day, TT.MM.JJJJ, not before the first and not in the future; empty while it runs.' },
  ],
  key: ['id'],
  checkRow(row, fail, ctx) {
    notInFuture(row.start, 'start', fail, ctx);
    notInFuture(row.end, 'end', fail, ctx);
    if (row.end !== null && row.end < row.start) fail('end', 'ENDS_BEFORE_START', `the participation began on ${formatGermanDate(row.start)}`);
  },
  target: {
    entity: WelfareParticipation,
    managed: ['measure', 'start', 'end'],
    record: (r) => ({ id: r.id, measure: r.measure, start: r.start, end: r.end }),
    create: (r) => ({ pseudonym: r.pseudonym }),
    checkStored(stored, row, fail) {
      if (stored.pseudonym !== row.pseudonym) fail('pseudonym', 'PARTICIPATION_OF_ANOTHER_PERSON', `participation ${row.id} belongs to another young person`);
    },
  },
};
