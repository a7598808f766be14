import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PANEL_REQUIRES, releasePanelRecords, SchoolPanelRecord } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { Leaver } from '../entities/leaver.entity';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortSchoolsResolver {
  @FieldResolver(() => [SchoolPanelRecord], { nullable: true, description: 'Leaving records of the panel members (for the coordination office\'s reports).' })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async schoolRecords(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<SchoolPanelRecord[]> {
    const panel = cohort.panel ?? [];
    const leavers = panel.length ? await ctx.em.find(Leaver, { cohortYear: cohort.year, pseudonym: { $in: panel } }) : [];
    const schools = await ctx.loaders.school.loadMany([...new Set(leavers.map((l) => l.schoolId))]);
    const byId = new Map(schools.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s]] : [])));
    const records = leavers.map((l) => ({
      pseudonym: l.pseudonym,
      schoolId: l.schoolId,
      schoolName: byId.get(l.schoolId)?.name ?? l.schoolId,
      schoolDistrict: byId.get(l.schoolId)?.districtCode ?? '',
      qualification: l.qualification,
      nextStep: l.nextStep ?? null,
      leavingDate: l.leavingDate,
    }));
    return releasePanelRecords(ctx, cohort.year, ['schoolId', 'qualification', 'nextStep', 'leavingDate'], records);
  }
}
