import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmploymentPanel, encodeEmploymentPanel, PANEL_REQUIRES, PanelRowsCache, panelRows, releasePanel, type EmploymentPanelRows } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import { Sgb2Household } from '../entities/sgb2-household.entity';
import type { Context } from '../context';

/** The panel's rows of the four tables by cohort, panel and data version (panel-cache.ts); released and audited per request. */
const employmentRows = new PanelRowsCache<EmploymentPanelRows>();

@Resolver(() => Cohort)
export class CohortEmploymentResolver {
  @FieldResolver(() => EmploymentPanel, {
    nullable: true,
    description: 'What the employment agency and Jobcenter know of the panel members (for the coordination office\'s reports).',
  })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async employmentPanel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<EmploymentPanel> {
    const members = cohort.panel ?? [];
    const rows = await employmentRows.rows(ctx.em, cohort.year, members, async () => {
      const [guidance, applicants, measures, sgb2] = await Promise.all([
        panelRows(ctx.em, GuidanceContact, members, ['pseudonym', 'date', 'wishKldb'], { orderBy: { date: 'asc' } }),
        panelRows(ctx.em, Applicant, members, ['pseudonym', 'outcome'], { where: { reportYear: cohort.year } }),
        panelRows(ctx.em, MeasureParticipation, members, ['pseudonym', 'measure', 'start'], { orderBy: { start: 'asc' } }),
        panelRows(ctx.em, Sgb2Household, members, ['pseudonym']),
      ]);
      return { guidance, applicants, measures, sgb2 };
    });
    const panel = encodeEmploymentPanel(rows, members);
    const released = [panel.guidancePseudonym, panel.applicantPseudonym, panel.measurePseudonym, panel.sgb2Pseudonym].flat();
    return releasePanel(ctx, cohort.year, ['guidanceContacts', 'guidanceDates', 'wishes', 'applicantOutcome', 'measures', 'receivesSgb2'], released, panel);
  }
}
