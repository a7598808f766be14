import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { ContractPanel, encodeContractPanel, PANEL_REQUIRES, PanelRowsCache, panelRows, releasePanel } from '@kassel-hub/governance';
import { Cohort } from '../entities/cohort.entity';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Context } from '../context';

type ContractRow = Pick<TrainingContract, 'pseudonym' | 'occupationKldb' | 'startDate' | 'terminatedOn'>;

/** The panel's contracts by cohort, panel and data version (panel-cache.ts); released and audited per request. */
const contractRows = new PanelRowsCache<ContractRow[]>();

@Resolver(() => Cohort)
export class CohortChambersResolver {
  @FieldResolver(() => ContractPanel, { nullable: true, description: 'Training contracts of the panel members (for the coordination office\'s reports).' })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async contractPanel(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<ContractPanel> {
    const members = cohort.panel ?? [];
    const contracts = await contractRows.rows(ctx.em, cohort.year, members, () =>
      panelRows(ctx.em, TrainingContract, members, ['pseudonym', 'occupationKldb', 'startDate', 'terminatedOn'], { orderBy: { startDate: 'asc' } }),
    );
    const occupations = await ctx.loaders.occupation.loadMany([...new Set(contracts.map((c) => c.occupationKldb))]);
    const title = new Map(occupations.flatMap((o) => (o && !(o instanceof Error) ? [[o.kldb, o.title]] : [])));
    const panel = encodeContractPanel(
      contracts.map((c) => ({
        pseudonym: c.pseudonym,
        kldb: c.occupationKldb,
        title: title.get(c.occupationKldb) ?? c.occupationKldb,
        startDate: c.startDate,
        terminatedOn: c.terminatedOn ?? null,
      })),
      members,
    );
    return releasePanel(ctx, cohort.year, ['occupation', 'startDate', 'terminatedOn'], panel.pseudonym, panel);
  }
}
