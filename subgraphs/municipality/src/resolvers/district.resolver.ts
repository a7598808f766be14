import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertDistrictCode } from '@kassel-hub/kit';
import { District } from '../entities/district.entity';
import type { Context } from '../context';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A district by its code (01–23).' })
  district(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<District | null> {
    return ctx.loaders.district.load(assertDistrictCode(code, 'code'));
  }

  @Query(() => [District], { description: 'All 23 districts of Kassel, ordered by code.' })
  districts(@Ctx() ctx: Context): Promise<District[]> {
    return ctx.em.find(District, {}, { orderBy: { code: 'asc' } });
  }
}
