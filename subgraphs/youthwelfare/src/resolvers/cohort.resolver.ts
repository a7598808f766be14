import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { encodeWelfarePanel, PANEL_REQUIRES, panelRows, releasePanel, WelfarePanel } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortYouthWelfareResolver {
  @FieldResolver(() => WelfarePanel, {
    nullable: true,
    description: 'The panel members\' youth vocational assistance measures (for the coordination office\'s reports).',
  })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async welfarePanel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<WelfarePanel> {
    const rows = await panelRows(ctx.em, WelfareParticipation, cohort.panel ?? [], ['pseudonym', 'measure', 'start'], { orderBy: { start: 'asc' } });
    const panel = encodeWelfarePanel(rows);
    return releasePanel(ctx, cohort.year, ['welfareMeasures'], panel.pseudonym, panel);
  }
}
