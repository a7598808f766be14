import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { InvalidArgumentError } from '@kassel-hub/kit';
import { LabourMarketFigure } from '../entities/labour-market-figure.entity';
import type { Context } from '../context';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

@Resolver(() => LabourMarketFigure)
export class LabourMarketResolver {
  @Query(() => [LabourMarketFigure], { description: 'Official labour-market figures for Kassel, ordered by period, indicator and scope.' })
  labourMarketFigures(
    @Arg('period', () => String, { nullable: true, description: 'Only figures for this month (YYYY-MM); all when omitted.' }) period: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<LabourMarketFigure[]> {
    const where: Record<string, unknown> = {};
    if (period !== undefined && period !== null) {
      if (!PERIOD.test(period)) {
        throw new InvalidArgumentError('INVALID_PERIOD', `"${period.slice(0, 20)}" is not a month: expected YYYY-MM`, 'period');
      }
      where.period = period;
    }
    // Enum columns sort in declaration order: TOTAL before SGB III before SGB II.
    return ctx.em.find(LabourMarketFigure, where, { orderBy: { period: 'asc', indicator: 'asc', scope: 'asc' } });
  }
}
