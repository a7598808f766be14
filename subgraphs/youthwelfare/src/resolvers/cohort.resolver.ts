import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { encodeWelfarePanel, PANEL_REQUIRES, PanelRowsCache, panelRows, releasePanel, WelfarePanel } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { Context } from '../context';

type WelfareRow = Pick<WelfareParticipation, 'pseudonym' | 'measure' | 'start'>;

/** The panel's measures by cohort, panel and data version (panel-cache.ts); released and audited per request. */
const welfareRows = new PanelRowsCache<WelfareRow[]>();

@Resolver(() => Cohort)
export class CohortYouthWelfareResolver {
  @FieldResolver(() => WelfarePanel, {
    nullable: true,
    description: 'The panel members\' youth vocational assistance measures (for the coordination office\'s reports).',
  })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async welfarePanel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<WelfarePanel> {
    const members = cohort.panel ?? [];
    const rows = await welfareRows.rows(ctx.em, cohort.year, members, () =>
      panelRows(ctx.em, WelfareParticipation, members, ['pseudonym', 'measure', 'start'], { orderBy: { start: 'asc' } }),
    );
    const panel = encodeWelfarePanel(rows, members);
    return releasePanel(ctx, cohort.year, ['welfareMeasures'], panel.pseudonym, panel);
  }
}
