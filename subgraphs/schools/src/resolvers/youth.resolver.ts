import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Youth } from '../entities/youth.entity';
import { Leaver } from '../entities/leaver.entity';
import { OrientationActivity } from '../entities/orientation-activity.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthSchoolsResolver {
  @FieldResolver(() => Leaver, {
    nullable: true,
    description: 'The most recent school leaving, as the schools record it; null when no school in Kassel knows the young person.',
  })
  async schoolLeaving(@Root() youth: Youth, @Ctx() ctx: Context): Promise<Leaver | null> {
    const leavings = await ctx.loaders.leavingsByPseudonym.load(youth.pseudonym);
    return leavings[0] ?? null;
  }

  @FieldResolver(() => [OrientationActivity], { description: 'Potential analyses and internships, oldest first.' })
  orientationActivities(@Root() youth: Youth, @Ctx() ctx: Context): Promise<OrientationActivity[]> {
    return ctx.loaders.orientationByPseudonym.load(youth.pseudonym);
  }
}
