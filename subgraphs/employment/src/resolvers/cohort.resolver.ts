import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmploymentPanelRecord, PANEL_REQUIRES, releasePanelRecords } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import { Sgb2Household } from '../entities/sgb2-household.entity';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortEmploymentResolver {
  @FieldResolver(() => [EmploymentPanelRecord], {
    nullable: true,
    description: 'What the employment agency and Jobcenter know of the panel members (for the coordination office\'s reports).',
  })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async employmentRecords(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<EmploymentPanelRecord[]> {
    const panel = cohort.panel ?? [];
    if (panel.length === 0) return [];
    const where = { pseudonym: { $in: panel } };
    const [guidance, applicants, measures, sgb2] = await Promise.all([
      ctx.em.fork().find(GuidanceContact, where, { orderBy: { date: 'asc' } }),
      ctx.em.fork().find(Applicant, { ...where, reportYear: cohort.year }),
      ctx.em.fork().find(MeasureParticipation, where, { orderBy: { start: 'asc' } }),
      ctx.em.fork().find(Sgb2Household, where),
    ]);
    const byPerson = new Map<string, EmploymentPanelRecord>();
    const get = (pseudonym: string) => {
      let r = byPerson.get(pseudonym);
      if (!r) byPerson.set(pseudonym, (r = { pseudonym, guided: false, guidanceDates: [], wishes: [], applicantOutcome: null, measures: [], measureStarts: [], sgb2: false }));
      return r;
    };
    for (const g of guidance) {
      const r = get(g.pseudonym);
      r.guided = true;
      r.guidanceDates.push(g.date);
      if (g.wishKldb) r.wishes.push(g.wishKldb);
    }
    for (const a of applicants) get(a.pseudonym).applicantOutcome = a.outcome;
    for (const m of measures) {
      const r = get(m.pseudonym);
      r.measures.push(m.measure);
      r.measureStarts.push(m.start);
    }
    for (const s of sgb2) get(s.pseudonym).sgb2 = true;
    return releasePanelRecords(ctx, cohort.year, ['guidanceContacts', 'guidanceDates', 'wishes', 'applicantOutcome', 'measures', 'receivesSgb2'], [...byPerson.values()]);
  }
}
