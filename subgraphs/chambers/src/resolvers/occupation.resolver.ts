import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Occupation } from '../entities/occupation.entity';
import { Chamber } from '../entities/enums';
import { assertKldb } from '@kassel-hub/kit';
import type { Context } from '../context';

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, { nullable: true, description: 'A recognised occupation by its five-digit KldB 2010 code.' })
  occupation(@Arg('kldb', () => ID) kldb: string, @Ctx() ctx: Context): Promise<Occupation | null> {
    return ctx.loaders.occupation.load(assertKldb(kldb));
  }

  @Query(() => [Occupation], { description: 'Recognised occupations, ordered by KldB code, optionally of one chamber.' })
  occupations(
    @Arg('chamber', () => Chamber, { nullable: true, description: 'Only occupations this chamber registers.' }) chamber: Chamber | undefined,
    @Ctx() ctx: Context,
  ): Promise<Occupation[]> {
    return ctx.em.find(Occupation, chamber === undefined ? {} : { chamber }, { orderBy: { kldb: 'asc' } });
  }
}
