import {
  decodePackedContractPanel,
  decodePackedEmploymentPanel,
  decodePackedSchoolPanel,
  decodePackedWelfarePanel,
  packedDigest,
  panelChanged,
  PanelRowsCache,
  panelRows,
  receivedDigest,
  type ContractPanelRecord,
  type EmploymentPanelRecord,
  type SchoolPanelRecord,
} from '@kassel-hub/governance';
import type { Knex } from '@mikro-orm/postgresql';
import { Consent } from '../entities/consent.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import type { Cohort } from '../entities/cohort.entity';
import type { Context } from '../context';
import { sentPanelLookup } from './sent-panels';

/** One panel member with what every partner contributed about them. */
export interface PanelMember {
  pseudonym: string;
  sex: string | null;
  nationalityGroup: string | null;
  districtCode: string | null;
  school: SchoolPanelRecord | null;
  contracts: ContractPanelRecord[];
  employment: EmploymentPanelRecord | null;
  hasCase: boolean;
  /** The member's transition-manager cases: when a partner saw them after leaving is read from the dates. */
  cases: PanelCase[];
  /** The member's youth vocational assistance measures (youth welfare office), oldest first. */
  welfare: PanelWelfareMeasure[];
}

export interface PanelWelfareMeasure {
  measure: string;
  start: string;
}

export interface PanelCase {
  openedOn: string;
  closedOn: string | null;
  outcome: string | null;
}

/**
 * The panel of a cohort: pseudonyms whose MONITORING consent for that cohort names the
 * coordination office and is in force today (withdrawals take effect at once). Read once per
 * request (panelOnce): the partners' records and the city's own are read for exactly this list.
 */
function panelQuery(year: number, ctx: Context): Knex.QueryBuilder {
  const today = new Date().toISOString().slice(0, 10);
  return ctx.em
    .createQueryBuilder(Consent)
    .select('pseudonym', true)
    .where({ purpose: 'MONITORING', cohortYear: year, withdrawnAt: null, validFrom: { $lte: today }, validUntil: { $gte: today }, recipients: { $contains: ['coordination'] } })
    .getKnexQuery();
}

/**
 * The day a cohort's monitoring panel ran out, or null while it has one (or never had one). The
 * panel holds only consents in force today, so a cohort whose 10-year MONITORING consents have all
 * expired (seeded: until 30 April of the leaving year + 10) would otherwise report nobody, silently.
 * One cheap query while a cohort is reportable (the first consent in force ends it).
 */
export async function panelExpiredOn(year: number, ctx: Context): Promise<string | null> {
  const today = new Date().toISOString().slice(0, 10);
  const ofCohort = { purpose: 'MONITORING', cohortYear: year, withdrawnAt: null, recipients: { $contains: ['coordination'] } } as const;
  const inForce = await ctx.em.findOne(Consent, { ...ofCohort, validFrom: { $lte: today }, validUntil: { $gte: today } }, { fields: ['id'], disableIdentityMap: true });
  if (inForce) return null;
  const last = await ctx.em.findOne(Consent, { ...ofCohort, validUntil: { $lt: today } }, { fields: ['id', 'validUntil'], orderBy: { validUntil: 'desc' }, disableIdentityMap: true });
  return last?.validUntil ?? null;
}

export async function panelOf(year: number, ctx: Context): Promise<string[]> {
  const rows: { pseudonym: string }[] = await panelQuery(year, ctx).orderBy('pseudonym');
  return rows.map((r) => r.pseudonym);
}

/**
 * The joined panel, kept between requests (panel-cache.ts) by cohort, the panel in force for this
 * request, the city's data version (youth and case records) and a digest of the partners' panels
 * received with it: equal inputs, equal join. Only the join is kept; every report is computed and
 * protected per request. Members are shared between requests and must not be mutated.
 */
const joined = new PanelRowsCache<PanelMember[]>();

/** Joins the partners' records with the city's own on the pseudonyms of `panel` (this request's). */
export function panelMembers(cohort: Cohort, panel: readonly string[], ctx: Context): Promise<PanelMember[]> {
  const answers = [cohort.schoolPanel ?? null, cohort.contractPanel ?? null, cohort.employmentPanel ?? null, cohort.welfarePanel ?? null];
  // Before anything kept is used: every answer must refer to a list this caller was handed.
  const lookup = sentPanelLookup(ctx, cohort.year, panel);
  for (const answer of answers) {
    const digest = answer ? packedDigest(answer.packed) : undefined;
    if (digest !== undefined && !lookup(digest)) return Promise.reject(panelChanged());
  }
  const received = receivedDigest(answers);
  return joined.rows(ctx.em, cohort.year, panel, () => join(cohort, panel, ctx), received);
}

async function join(cohort: Cohort, panel: readonly string[], ctx: Context): Promise<PanelMember[]> {
  const own = Promise.all([
    panelRows(ctx.em, YouthRecord, panel, ['pseudonym', 'sex', 'nationalityGroup', 'districtCode']),
    panelRows(ctx.em, TransitionCase, panel, ['pseudonym', 'openedOn', 'closedOn', 'outcome']),
  ]);
  // Unpacked while the city's own rows are read; if unpacking throws, a failed read must not go unhandled.
  own.catch(() => undefined);
  // Positions are read against the list each partner was sent (its digest), never another one.
  const lookup = sentPanelLookup(ctx, cohort.year, panel);
  const schools = cohort.schoolPanel ? decodePackedSchoolPanel(cohort.schoolPanel, lookup) : [];
  const contracts = cohort.contractPanel ? decodePackedContractPanel(cohort.contractPanel, lookup) : [];
  const employment = cohort.employmentPanel ? decodePackedEmploymentPanel(cohort.employmentPanel, lookup) : [];
  const welfare = cohort.welfarePanel ? decodePackedWelfarePanel(cohort.welfarePanel, lookup) : [];
  const [youth, cases] = await own;
  const members = new Map<string, PanelMember>();
  for (const y of youth) {
    members.set(y.pseudonym, {
      pseudonym: y.pseudonym,
      sex: y.sex ?? null,
      nationalityGroup: y.nationalityGroup ?? null,
      districtCode: y.districtCode ?? null,
      school: null,
      contracts: [],
      employment: null,
      hasCase: false,
      cases: [],
      welfare: [],
    });
  }
  // Records for pseudonyms outside today's panel are ignored: a consent withdrawn mid-request wins.
  for (const r of schools) {
    const m = members.get(r.pseudonym);
    if (m) m.school = r;
  }
  for (const r of contracts) members.get(r.pseudonym)?.contracts.push(r);
  for (const r of employment) {
    const m = members.get(r.pseudonym);
    if (m) m.employment = r;
  }
  for (const c of cases) {
    const m = members.get(c.pseudonym);
    if (!m) continue;
    m.hasCase = true;
    m.cases.push({ openedOn: c.openedOn, closedOn: c.closedOn ?? null, outcome: c.outcome ?? null });
  }
  for (const w of welfare) members.get(w.pseudonym)?.welfare.push({ measure: w.measure, start: w.start });
  // The cohort is who the schools report as leavers of that year; others in the panel are not in it.
  // Frozen: the members are shared by the requests that find them kept, so a report cannot alter them.
  return Object.freeze([...members.values()].filter((m) => m.school !== null).map(freezeMember)) as PanelMember[];
}

function freezeMember(m: PanelMember): PanelMember {
  for (const part of [m.school, m.employment, ...m.contracts, ...m.cases, ...m.welfare]) if (part) Object.freeze(part);
  if (m.employment) for (const list of [m.employment.guidanceDates, m.employment.wishes, m.employment.measures, m.employment.measureStarts]) Object.freeze(list);
  for (const list of [m.contracts, m.cases, m.welfare]) Object.freeze(list);
  return Object.freeze(m);
}
