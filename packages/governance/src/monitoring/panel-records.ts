import { Directive, Field, ObjectType } from 'type-graphql';
import { PackedColumn, unpackColumn } from './packed-column';
import { PackedPanel, packPanel, unpackPanel } from './packed-panel';

/*
 * What each partner contributes about the members of a cohort's monitoring panel, so that the
 * coordination office's reports can join partners on pseudonyms of consenting young people only.
 * These types never reach a client: they are @inaccessible, travel only between subgraphs through
 * the gateway (via @requires), and end as counts under disclosure control.
 *
 * They travel column-wise: position i of every column of one type belongs to the same row, and each
 * column is packed into one string (packed-column.ts). A panel has ~15,000 members at scale 10; as
 * one object per member, the subgraphs and the gateway walked ~100,000 fields per partner (and the
 * school and occupation names were repeated in every row), which made a report take seconds.
 * Dates are ISO strings (YYYY-MM-DD). `encode*` and `decode*` below are the only writers and readers.
 *
 * `packed` (packed-panel.ts) carries the same rows by position in the panel sent, a fraction of the
 * bytes; the one-column-per-field form is kept for readers that still ask for it.
 */

const OLD = { deprecationReason: 'Use packed instead.' } as const;
const PACKED = { description: 'The same rows in compact form: by position in the panel sent with the request, named by its digest.' } as const;

@ObjectType({ description: 'A school named in a SchoolPanel.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class PanelSchool {
  @Field() id!: string;
  @Field() name!: string;
  @Field({ description: 'District (01–23) of the school.' }) district!: string;
}

@ObjectType({ description: 'The panel members\' leaving records, as the schools hold them; one position per member.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class SchoolPanel {
  @Field(() => PackedColumn, OLD) pseudonym!: string[];
  @Field(() => PackedColumn, OLD) schoolId!: string[];
  @Field(() => PackedColumn, OLD) qualification!: string[];
  @Field(() => PackedColumn, OLD) nextStep!: (string | null)[];
  @Field(() => PackedColumn, OLD) leavingDate!: string[];
  @Field(() => PackedPanel, PACKED) packed!: string;
  @Field(() => [PanelSchool], { description: 'Every school named in schoolId, once.' }) schools!: PanelSchool[];
}

@ObjectType({ description: 'An occupation named in a ContractPanel.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class PanelOccupation {
  @Field() kldb!: string;
  @Field() title!: string;
}

@ObjectType({ description: 'The panel members\' training contracts, as the chambers register them; one position per contract, oldest first.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class ContractPanel {
  @Field(() => PackedColumn, OLD) pseudonym!: string[];
  @Field(() => PackedColumn, OLD) kldb!: string[];
  @Field(() => PackedColumn, OLD) startDate!: string[];
  @Field(() => PackedColumn, OLD) terminatedOn!: (string | null)[];
  @Field(() => PackedPanel, PACKED) packed!: string;
  @Field(() => [PanelOccupation], { description: 'Every occupation named in kldb, once.' }) occupations!: PanelOccupation[];
}

@ObjectType({ description: 'What the employment agency and Jobcenter know of the panel members: four column groups, one position per row of each.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class EmploymentPanel {
  @Field(() => PackedColumn, { description: 'Guidance contacts, oldest first.', ...OLD }) guidancePseudonym!: string[];
  @Field(() => PackedColumn, OLD) guidanceDate!: string[];
  @Field(() => PackedColumn, { description: 'KldB code of the occupational wish recorded at the contact.', ...OLD }) guidanceWish!: (string | null)[];
  @Field(() => PackedColumn, { description: 'Applicant records of the cohort\'s reporting year.', ...OLD }) applicantPseudonym!: string[];
  @Field(() => PackedColumn, { description: 'Outcome on 30 September.', ...OLD }) applicantOutcome!: string[];
  @Field(() => PackedColumn, { description: 'Measure participations, oldest first.', ...OLD }) measurePseudonym!: string[];
  @Field(() => PackedColumn, OLD) measure!: string[];
  @Field(() => PackedColumn, OLD) measureStart!: string[];
  @Field(() => PackedColumn, { description: 'Members living in an SGB II household.', ...OLD }) sgb2Pseudonym!: string[];
  @Field(() => PackedPanel, PACKED) packed!: string;
}

@ObjectType({ description: 'The panel members\' youth vocational assistance measures, as the youth welfare office records them; one position per participation, oldest first.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class WelfarePanel {
  @Field(() => PackedColumn, OLD) pseudonym!: string[];
  @Field(() => PackedColumn, OLD) measure!: string[];
  @Field(() => PackedColumn, OLD) start!: string[];
  @Field(() => PackedPanel, PACKED) packed!: string;
}

/** The `@requires` selections, written once so that owner and consumer agree on them. */
export const PANEL_REQUIRES = '@requires(fields: "panel")';
export const RECORDS_REQUIRES =
  '@requires(fields: "schoolPanel { packed schools { id name district } } contractPanel { packed occupations { kldb title } } employmentPanel { packed } welfarePanel { packed }")';

/** `Cohort.__resolveReference`: the year and the panel the gateway passed on, unpacked. */
export function resolveCohortReference(ref: { year: number; panel?: unknown }): { year: number; panel?: string[] | null } {
  if (ref.panel == null) return ref as { year: number; panel?: null };
  const panel = unpackColumn(ref.panel, null, 'panel');
  if (panel.some((p) => p === null)) throw new TypeError('panel column panel is malformed');
  return { ...ref, panel: panel as string[] };
}

// --- rows, as the partners read them and the city's reports use them --------------------------

/** A panel member as the schools record them. */
export interface SchoolPanelRecord {
  pseudonym: string;
  schoolId: string;
  schoolName: string;
  schoolDistrict: string;
  qualification: string;
  nextStep: string | null;
  leavingDate: string;
}

/** A training contract of a panel member. */
export interface ContractPanelRecord {
  pseudonym: string;
  kldb: string;
  title: string;
  startDate: string;
  terminatedOn: string | null;
}

/** A panel member as the employment agency and Jobcenter know them. */
export interface EmploymentPanelRecord {
  pseudonym: string;
  /** Had at least one guidance contact. */
  guided: boolean;
  guidanceDates: string[];
  /** KldB codes of occupational wishes recorded at guidance. */
  wishes: string[];
  /** Outcome on 30 September of the cohort year, if an applicant. */
  applicantOutcome: string | null;
  measures: string[];
  measureStarts: string[];
  sgb2: boolean;
}

/** `packed` is built when asked for, against `sent` (the panel the request carried). */
function withPacked<T extends { packed: string }>(panel: Omit<T, 'packed'>, pack: () => string): T {
  let text: string | undefined;
  return Object.defineProperty(panel, 'packed', { enumerable: true, get: () => (text ??= pack()) }) as T;
}

/** Who a packed answer may be read against: the panel this caller was sent under a digest (packed-panel.ts). */
export type PanelLookup = (digest: string) => readonly string[] | undefined;

export function encodeSchoolPanel(records: readonly SchoolPanelRecord[], sent: readonly string[]): SchoolPanel {
  const schools = new Map<string, PanelSchool>();
  for (const r of records) if (!schools.has(r.schoolId)) schools.set(r.schoolId, { id: r.schoolId, name: r.schoolName, district: r.schoolDistrict });
  const columns = {
    schoolId: records.map((r) => r.schoolId),
    qualification: records.map((r) => r.qualification),
    nextStep: records.map((r) => r.nextStep),
    leavingDate: records.map((r) => r.leavingDate),
  };
  const pseudonym = records.map((r) => r.pseudonym);
  return withPacked<SchoolPanel>({ pseudonym, ...columns, schools: [...schools.values()] }, () => packPanel(sent, { rows: { pseudonyms: pseudonym, columns } }));
}

/** The schools' rows from `packed`, read against the panel the schools were sent. */
export function decodePackedSchoolPanel(p: Received<SchoolPanel>, panelFor: PanelLookup): SchoolPanelRecord[] {
  const { rows } = unpackPanel(p.packed, panelFor, { rows: ['schoolId', 'qualification', 'nextStep', 'leavingDate'] });
  return decodeSchoolPanel({ pseudonym: rows.pseudonyms, ...rows.columns, schools: p.schools } as Received<SchoolPanel>);
}

/**
 * A panel as the city receives it: each column still packed (or, from a partner in the same
 * process, an array). Unpacking checks that the columns of one group have one length.
 */
export type Received<T> = { [K in keyof T]: T[K] extends (string | null)[] ? unknown : T[K] };

/** Unpacks the named columns of `p`, all of the length of the first. */
function columns<T, K extends keyof T & string>(p: Received<T>, names: readonly K[]): Record<K, (string | null)[]> {
  const out = {} as Record<K, (string | null)[]>;
  let length: number | null = null;
  for (const name of names) {
    out[name] = unpackColumn(p[name], length, name);
    length = out[name].length;
  }
  return out;
}

export function decodeSchoolPanel(p: Received<SchoolPanel>): SchoolPanelRecord[] {
  const c = columns(p, ['pseudonym', 'schoolId', 'qualification', 'nextStep', 'leavingDate']);
  const schools = new Map(p.schools.map((s) => [s.id, s]));
  return c.pseudonym.map((pseudonym, i) => {
    const schoolId = c.schoolId[i]!;
    const school = schools.get(schoolId);
    return {
      pseudonym: pseudonym!,
      schoolId,
      schoolName: school?.name ?? schoolId,
      schoolDistrict: school?.district ?? '',
      qualification: c.qualification[i]!,
      nextStep: c.nextStep[i] ?? null,
      leavingDate: c.leavingDate[i]!,
    };
  });
}

export function encodeContractPanel(records: readonly ContractPanelRecord[], sent: readonly string[]): ContractPanel {
  const occupations = new Map<string, PanelOccupation>();
  for (const r of records) if (!occupations.has(r.kldb)) occupations.set(r.kldb, { kldb: r.kldb, title: r.title });
  const columns = { kldb: records.map((r) => r.kldb), startDate: records.map((r) => r.startDate), terminatedOn: records.map((r) => r.terminatedOn) };
  const pseudonym = records.map((r) => r.pseudonym);
  return withPacked<ContractPanel>({ pseudonym, ...columns, occupations: [...occupations.values()] }, () => packPanel(sent, { rows: { pseudonyms: pseudonym, columns } }));
}

export function decodePackedContractPanel(p: Received<ContractPanel>, panelFor: PanelLookup): ContractPanelRecord[] {
  const { rows } = unpackPanel(p.packed, panelFor, { rows: ['kldb', 'startDate', 'terminatedOn'] });
  return decodeContractPanel({ pseudonym: rows.pseudonyms, ...rows.columns, occupations: p.occupations } as Received<ContractPanel>);
}

export function decodeContractPanel(p: Received<ContractPanel>): ContractPanelRecord[] {
  const c = columns(p, ['pseudonym', 'kldb', 'startDate', 'terminatedOn']);
  const titles = new Map(p.occupations.map((o) => [o.kldb, o.title]));
  return c.pseudonym.map((pseudonym, i) => ({
    pseudonym: pseudonym!,
    kldb: c.kldb[i]!,
    title: titles.get(c.kldb[i]!) ?? c.kldb[i]!,
    startDate: c.startDate[i]!,
    terminatedOn: c.terminatedOn[i] ?? null,
  }));
}

/** Rows of the employment agency's four tables for the panel, each already in date order. */
export interface EmploymentPanelRows {
  guidance: readonly { pseudonym: string; date: string; wishKldb?: string | null }[];
  applicants: readonly { pseudonym: string; outcome: string }[];
  measures: readonly { pseudonym: string; measure: string; start: string }[];
  sgb2: readonly { pseudonym: string }[];
}

export function encodeEmploymentPanel(rows: EmploymentPanelRows, sent: readonly string[]): EmploymentPanel {
  const c = {
    guidancePseudonym: rows.guidance.map((g) => g.pseudonym),
    guidanceDate: rows.guidance.map((g) => g.date),
    guidanceWish: rows.guidance.map((g) => g.wishKldb ?? null),
    applicantPseudonym: rows.applicants.map((a) => a.pseudonym),
    applicantOutcome: rows.applicants.map((a) => a.outcome),
    measurePseudonym: rows.measures.map((m) => m.pseudonym),
    measure: rows.measures.map((m) => m.measure),
    measureStart: rows.measures.map((m) => m.start),
    sgb2Pseudonym: rows.sgb2.map((s) => s.pseudonym),
  };
  return withPacked<EmploymentPanel>(c, () =>
    packPanel(sent, {
      guidance: { pseudonyms: c.guidancePseudonym, columns: { date: c.guidanceDate, wish: c.guidanceWish } },
      applicants: { pseudonyms: c.applicantPseudonym, columns: { outcome: c.applicantOutcome } },
      measures: { pseudonyms: c.measurePseudonym, columns: { measure: c.measure, start: c.measureStart } },
      sgb2: { pseudonyms: c.sgb2Pseudonym, columns: {} },
    }),
  );
}

export function decodePackedEmploymentPanel(p: Received<EmploymentPanel>, panelFor: PanelLookup): EmploymentPanelRecord[] {
  const g = unpackPanel(p.packed, panelFor, { guidance: ['date', 'wish'], applicants: ['outcome'], measures: ['measure', 'start'], sgb2: [] });
  return decodeEmploymentPanel({
    guidancePseudonym: g.guidance.pseudonyms,
    guidanceDate: g.guidance.columns.date,
    guidanceWish: g.guidance.columns.wish,
    applicantPseudonym: g.applicants.pseudonyms,
    applicantOutcome: g.applicants.columns.outcome,
    measurePseudonym: g.measures.pseudonyms,
    measure: g.measures.columns.measure,
    measureStart: g.measures.columns.start,
    sgb2Pseudonym: g.sgb2.pseudonyms,
  } as Received<EmploymentPanel>);
}

/** One record per member the employment agency knows anything of. */
export function decodeEmploymentPanel(p: Received<EmploymentPanel>): EmploymentPanelRecord[] {
  const guidance = columns(p, ['guidancePseudonym', 'guidanceDate', 'guidanceWish']);
  const applicants = columns(p, ['applicantPseudonym', 'applicantOutcome']);
  const measures = columns(p, ['measurePseudonym', 'measure', 'measureStart']);
  const sgb2 = columns(p, ['sgb2Pseudonym']);
  const byPerson = new Map<string, EmploymentPanelRecord>();
  const get = (pseudonym: string | null) => {
    let r = byPerson.get(pseudonym!);
    if (!r) byPerson.set(pseudonym!, (r = { pseudonym: pseudonym!, guided: false, guidanceDates: [], wishes: [], applicantOutcome: null, measures: [], measureStarts: [], sgb2: false }));
    return r;
  };
  guidance.guidancePseudonym.forEach((pseudonym, i) => {
    const r = get(pseudonym);
    r.guided = true;
    r.guidanceDates.push(guidance.guidanceDate[i]!);
    const wish = guidance.guidanceWish[i];
    if (wish) r.wishes.push(wish);
  });
  applicants.applicantPseudonym.forEach((pseudonym, i) => (get(pseudonym).applicantOutcome = applicants.applicantOutcome[i]));
  measures.measurePseudonym.forEach((pseudonym, i) => {
    const r = get(pseudonym);
    r.measures.push(measures.measure[i]!);
    r.measureStarts.push(measures.measureStart[i]!);
  });
  for (const pseudonym of sgb2.sgb2Pseudonym) get(pseudonym).sgb2 = true;
  return [...byPerson.values()];
}

/** A youth vocational assistance measure of a panel member. */
export interface WelfarePanelRecord {
  pseudonym: string;
  measure: string;
  start: string;
}

export function encodeWelfarePanel(records: readonly WelfarePanelRecord[], sent: readonly string[]): WelfarePanel {
  const columns = { measure: records.map((r) => r.measure), start: records.map((r) => r.start) };
  const pseudonym = records.map((r) => r.pseudonym);
  return withPacked<WelfarePanel>({ pseudonym, ...columns }, () => packPanel(sent, { rows: { pseudonyms: pseudonym, columns } }));
}

export function decodePackedWelfarePanel(p: Received<WelfarePanel>, panelFor: PanelLookup): WelfarePanelRecord[] {
  const { rows } = unpackPanel(p.packed, panelFor, { rows: ['measure', 'start'] });
  return decodeWelfarePanel({ pseudonym: rows.pseudonyms, ...rows.columns } as Received<WelfarePanel>);
}

export function decodeWelfarePanel(p: Received<WelfarePanel>): WelfarePanelRecord[] {
  const c = columns(p, ['pseudonym', 'measure', 'start']);
  return c.pseudonym.map((pseudonym, i) => ({ pseudonym: pseudonym!, measure: c.measure[i]!, start: c.start[i]! }));
}
