import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { ContractPanelRecord, PANEL_REQUIRES, releasePanelRecords } from '@kassel-hub/kit';
import { Cohort } from '../entities/cohort.entity';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Context } from '../context';

@Resolver(() => Cohort)
export class CohortChambersResolver {
  @FieldResolver(() => [ContractPanelRecord], { nullable: true, description: 'Training contracts of the panel members (for the coordination office\'s reports).' })
  @Directive(PANEL_REQUIRES)
  @Directive('@inaccessible')
  async contractRecords(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<ContractPanelRecord[]> {
    const panel = cohort.panel ?? [];
    const contracts = panel.length ? await ctx.em.find(TrainingContract, { pseudonym: { $in: panel } }, { orderBy: { startDate: 'asc' } }) : [];
    const occupations = await ctx.loaders.occupation.loadMany([...new Set(contracts.map((c) => c.occupationKldb))]);
    const title = new Map(occupations.flatMap((o) => (o && !(o instanceof Error) ? [[o.kldb, o.title]] : [])));
    const records = contracts.map((c) => ({
      pseudonym: c.pseudonym,
      kldb: c.occupationKldb,
      title: title.get(c.occupationKldb) ?? c.occupationKldb,
      startDate: c.startDate,
      terminatedOn: c.terminatedOn ?? null,
    }));
    return releasePanelRecords(ctx, cohort.year, ['occupation', 'startDate', 'terminatedOn'], records);
  }
}
