import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { encodeSchoolPanel, PANEL_REQUIRES, PanelRowsCache, panelRows, releasePanel, SchoolPanel } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { Leaver } from '../entities/leaver.entity';
import type { Context } from '../context';

type LeaverRow = Pick<Leaver, 'pseudonym' | 'schoolId' | 'qualification' | 'nextStep' | 'leavingDate'>;

/** The panel's leaving records by cohort, panel and data version (panel-cache.ts); released and audited per request. */
const leaverRows = new PanelRowsCache<LeaverRow[]>();

@Resolver(() => Cohort)
export class CohortSchoolsResolver {
  @FieldResolver(() => SchoolPanel, { nullable: true, description: 'Leaving records of the panel members (for the coordination office\'s reports).' })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async schoolPanel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<SchoolPanel> {
    const members = cohort.panel ?? [];
    const leavers = await leaverRows.rows(ctx.em, cohort.year, members, () =>
      panelRows(ctx.em, Leaver, members, ['pseudonym', 'schoolId', 'qualification', 'nextStep', 'leavingDate'], { where: { cohortYear: cohort.year } }),
    );
    const schools = await ctx.loaders.school.loadMany([...new Set(leavers.map((l) => l.schoolId))]);
    const byId = new Map(schools.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s]] : [])));
    const panel = encodeSchoolPanel(
      leavers.map((l) => ({
        pseudonym: l.pseudonym,
        schoolId: l.schoolId,
        schoolName: byId.get(l.schoolId)?.name ?? l.schoolId,
        schoolDistrict: byId.get(l.schoolId)?.districtCode ?? '',
        qualification: l.qualification,
        nextStep: l.nextStep ?? null,
        leavingDate: l.leavingDate,
      })),
      members,
    );
    return releasePanel(ctx, cohort.year, ['schoolId', 'qualification', 'nextStep', 'leavingDate'], panel.pseudonym, panel);
  }
}
