import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { School } from '../entities/stubs';
import type { Context } from '../context';

@Resolver(() => School)
export class SchoolMunicipalityResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the city employs transition managers at this school.' })
  async hasTransitionManager(@Root() school: School, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.managedSchool.load(school.id)) !== null;
  }

  @FieldResolver(() => Int, { description: 'Number of the city\'s transition managers working at this school.' })
  async transitionManagers(@Root() school: School, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.managedSchool.load(school.id))?.managers ?? 0;
  }
}
