import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Occupation } from '../entities/occupation.entity';
import { RecognisedOccupation } from '../entities/recognised-occupation.entity';
import { Chamber } from '../entities/enums';
import { assertKldb } from '@kassel-hub/kit';
import { recognisedOccupationsOf } from '@kassel-hub/import';
import type { Context } from '../context';

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, { nullable: true, description: 'A recognised occupation by its five-digit KldB 2010 code.' })
  occupation(@Arg('kldb', () => ID) kldb: string, @Ctx() ctx: Context): Promise<Occupation | null> {
    return ctx.loaders.occupation.load(assertKldb(kldb));
  }

  @Query(() => [Occupation], { description: 'Recognised occupations, ordered by KldB code, optionally of one chamber.' })
  occupations(
    @Arg('chamber', () => Chamber, { nullable: true, description: 'Only codes under which this chamber registers a recognised occupation (a code shared by both chambers is listed for each).' }) chamber: Chamber | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Occupation[]> {
    if (chamber == null) return ctx.em.find(Occupation, {}, { orderBy: { kldb: 'asc' } });
    // By the recognised occupations' chambers, not the code's: 24412 holds Metallbauer/in (HWK) and
    // Konstruktionsmechaniker/in (IHK), and the code record carries only its principal one's chamber.
    const codesOfChamber = ctx.em.createQueryBuilder(RecognisedOccupation, 'r').select('r.kldb').where({ chamber }).getKnexQuery();
    return ctx.em.createQueryBuilder(Occupation, 'o').select('*').where({ kldb: { $in: codesOfChamber } }).orderBy({ kldb: 'asc' }).getResult();
  }

  @FieldResolver(() => [RecognisedOccupation], {
    description:
      'Every recognised occupation the chambers register under this code, principal first (62102: Kaufmann/Kauffrau im Einzelhandel, Verkäufer/in); ' +
      'title, chamber and length of the code itself are those of the first.',
  })
  async recognisedOccupations(@Root() occupation: Occupation, @Ctx() ctx: Context): Promise<RecognisedOccupation[]> {
    const rank = new Map(recognisedOccupationsOf(occupation.kldb).map((o, i) => [o.title, i]));
    const registered = await ctx.loaders.recognisedByKldb.load(occupation.kldb);
    // A title the reference list no longer holds (an occupation since replaced) goes last.
    return [...registered].sort((a, b) => (rank.get(a.title) ?? rank.size) - (rank.get(b.title) ?? rank.size) || a.title.localeCompare(b.title));
  }
}
