import type { EntityManager } from '@mikro-orm/postgresql';
import { CellError, dateCell, districtCell, formatGermanDate, identifierCell, pseudonymCell, type ExportKind, type Fail, type ImportContext } from '@kassel-hub/import';
import { TransitionCase } from '../entities/transition-case.entity';
import { TransitionManagerSchool } from '../entities/transition-manager-school.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import type { CaseOutcome } from '../entities/enums';
import { CASE_OUTCOMES } from './case-outcome-labels';

interface CaseRow {
  id: string;
  pseudonym: string;
  schoolId: string;
  manager: string;
  districtCode: string | null;
  openedOn: string;
  closedOn: string | null;
  outcome: CaseOutcome | null;
}

interface CityRefs {
  /** District of residence per registered pseudonym (null: outside Kassel). */
  youth: Map<string, string | null>;
  managedSchools: Set<string>;
}

/** The staff handle of a transition manager, as the city issues them (the case mutations use the same rule). */
function managerCell(raw: string): string {
  if (!/^tm-\d{2}$/.test(raw)) throw new CellError('INVALID_MANAGER', 'expected a transition manager\'s staff handle like tm-03');
  return raw;
}

function notInFuture(date: string | null, field: 'openedOn' | 'closedOn', fail: Fail<CaseRow>, ctx: ImportContext) {
  if (date !== null && date > ctx.today) fail(field, 'DATE_IN_FUTURE', `the date lies after today (${formatGermanDate(ctx.today)})`);
}

/**
 * The transition managers' cases from the city's case system (Fallliste), keyed by the case
 * number. A later delivery updates school, manager, dates and outcome, e.g. closes a case; the
 * young person of a case never changes. Pseudonyms must be in the city's register, because the
 * city issues them.
 */
export const transitionCases: ExportKind<CaseRow, CityRefs> = {
  name: 'transition-cases',
  title: 'Fallliste der Übergangsmanager/innen',
  description:
    'The transition managers\' cases from the city\'s case system. A later delivery updates school, manager, dates and outcome (e.g. closes a case).',
  columns: [
    { header: 'Fallnummer', aliases: ['Fall-Nr.', 'Aktenzeichen'], field: 'id', presence: 'required', parse: identifierCell('case number'), doc: 'The case number (the hub\'s case id, e.g. `F000123`); the key.' },
    { header: 'Pseudonym', field: 'pseudonym', presence: 'required', parse: pseudonymCell, doc: 'The young person\'s pseudonym; must be in the city\'s register and never changes for a case.' },
    { header: 'Schulnummer', aliases: ['Schul-Nr.'], field: 'schoolId', presence: 'required', parse: (raw) => raw.toUpperCase(), doc: 'School number of one of the schools with transition managers.' },
    { header: 'Übergangsmanager', aliases: ['Übergangsmanager/in', 'Fallverantwortlich'], field: 'manager', presence: 'required', parse: managerCell, doc: 'Staff handle of the transition manager in charge, e.g. `tm-03`.' },
    { header: 'Stadtteil', aliases: ['Wohnort Stadtteil'], field: 'districtCode', presence: 'optional', parse: districtCell, doc: 'District of residence: code 01–23 (or 1–23) or name; only checked against the city\'s register (not stored); empty: not checked.' },
    { header: 'Eröffnet am', aliases: ['Fallbeginn'], field: 'openedOn', presence: 'required', parse: dateCell, doc: 'Day the case was opened, TT.MM.JJJJ, not in the future.' },
    { header: 'Abgeschlossen am', aliases: ['Fallende'], field: 'closedOn', presence: 'nullable', parse: dateCell, doc: 'Day the case was closed, TT.MM.JJJJ, not before it was opened and not in the future; empty while the case is open.' },
    { header: 'Ergebnis', aliases: ['Verbleib'], field: 'outcome', presence: 'nullable', parse: (raw) => CASE_OUTCOMES.parse(raw), doc: `Outcome of a closed case: ${CASE_OUTCOMES.doc}; empty while the case is open.` },
  ],
  key: ['id'],
  checkRow(row, fail, ctx) {
    notInFuture(row.openedOn, 'openedOn', fail, ctx);
    notInFuture(row.closedOn, 'closedOn', fail, ctx);
    if (row.closedOn !== null && row.closedOn < row.openedOn) fail('closedOn', 'CLOSED_BEFORE_OPENED', `the case was opened on ${formatGermanDate(row.openedOn)}`);
    if (row.closedOn !== null && row.outcome === null) fail('outcome', 'OUTCOME_REQUIRED', 'a closed case needs its outcome');
    if (row.closedOn === null && row.outcome !== null) fail('closedOn', 'CLOSING_DATE_REQUIRED', 'a case with an outcome is closed: give the day it was closed');
  },
  async loadReferences(em: EntityManager, rows) {
    // One after the other: inside the import's transaction they share one connection.
    const youth = await em.find(YouthRecord, { pseudonym: { $in: [...new Set(rows.map((r) => r.pseudonym))] } });
    const schools = await em.find(TransitionManagerSchool, {});
    return { youth: new Map(youth.map((y) => [y.pseudonym, y.districtCode ?? null])), managedSchools: new Set(schools.map((s) => s.schoolId)) };
  },
  checkReferences(row, city, fail) {
    if (!city.managedSchools.has(row.schoolId)) fail('schoolId', 'NO_TRANSITION_MANAGER', `school ${row.schoolId} has no transition managers`);
    if (!city.youth.has(row.pseudonym)) return fail('pseudonym', 'UNKNOWN_PSEUDONYM', 'the city has issued no such pseudonym (a first consent issues it)');
    const district = city.youth.get(row.pseudonym)!;
    if (row.districtCode !== null && row.districtCode !== district) {
      fail('districtCode', 'DISTRICT_MISMATCH', `the register has the young person ${district ? `in district ${district}` : 'outside Kassel'}: is the pseudonym right?`);
    }
  },
  target: {
    entity: TransitionCase,
    managed: ['schoolId', 'manager', 'openedOn', 'closedOn', 'outcome'],
    record: (r) => ({ id: r.id, schoolId: r.schoolId, manager: r.manager, openedOn: r.openedOn, closedOn: r.closedOn, outcome: r.outcome }),
    create: (r) => ({ pseudonym: r.pseudonym }),
    checkStored(stored, row, fail) {
      if (stored.pseudonym !== row.pseudonym) fail('pseudonym', 'CASE_OF_ANOTHER_PERSON', `case ${row.id} belongs to another young person`);
    },
  },
};
