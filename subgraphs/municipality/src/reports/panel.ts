import type { ContractPanelRecord, EmploymentPanelRecord, SchoolPanelRecord } from '@kassel-hub/kit';
import { Consent } from '../entities/consent.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { Cohort } from '../entities/cohort.entity';
import type { Context } from '../context';

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
  welfareStarts: string[];
}

/**
 * The panel of a cohort: pseudonyms whose MONITORING consent for that cohort names the
 * coordination office and is in force today (withdrawals take effect at once).
 */
export async function panelOf(year: number, ctx: Context): Promise<string[]> {
  const today = new Date().toISOString().slice(0, 10);
  const consents = await ctx.em.find(
    Consent,
    { purpose: 'MONITORING', cohortYear: year, withdrawnAt: null, validFrom: { $lte: today }, validUntil: { $gte: today }, recipients: { $contains: ['coordination'] } },
    { fields: ['pseudonym'], orderBy: { pseudonym: 'asc' } },
  );
  return [...new Set(consents.map((c) => c.pseudonym))];
}

/** Joins the partners' records with the city's own on the panel's pseudonyms. */
export async function panelMembers(cohort: Cohort, ctx: Context): Promise<PanelMember[]> {
  const panel = await panelOf(cohort.year, ctx);
  if (panel.length === 0) return [];
  const where = { pseudonym: { $in: panel } };
  const [youth, cases, welfare] = await Promise.all([
    ctx.em.fork().find(YouthRecord, where),
    ctx.em.fork().find(TransitionCase, where, { fields: ['pseudonym'] }),
    ctx.em.fork().find(WelfareParticipation, where, { fields: ['pseudonym', 'start'] }),
  ]);
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
      welfareStarts: [],
    });
  }
  // Records for pseudonyms outside today's panel are ignored: a consent withdrawn mid-request wins.
  for (const r of cohort.schoolRecords ?? []) {
    const m = members.get(r.pseudonym);
    if (m) m.school = r;
  }
  for (const r of cohort.contractRecords ?? []) members.get(r.pseudonym)?.contracts.push(r);
  for (const r of cohort.employmentRecords ?? []) {
    const m = members.get(r.pseudonym);
    if (m) m.employment = r;
  }
  for (const c of cases) {
    const m = members.get(c.pseudonym);
    if (m) m.hasCase = true;
  }
  for (const w of welfare) members.get(w.pseudonym)?.welfareStarts.push(w.start);
  // The cohort is who the schools report as leavers of that year; others in the panel are not in it.
  return [...members.values()].filter((m) => m.school !== null);
}
