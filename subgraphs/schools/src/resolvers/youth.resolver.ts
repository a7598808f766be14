import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_KEY_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
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
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.SCHOOL_CAREER)
  async schoolLeaving(@Root() youth: Youth, @Ctx() ctx: Context): Promise<Leaver | null> {
    const leavings = await ctx.loaders.leavingsByPseudonym.load(youth.pseudonym);
    return leavings[0] ?? null;
  }

  @FieldResolver(() => [OrientationActivity], { nullable: true, description: 'Potential analyses and internships, oldest first.' })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.SCHOOL_CAREER)
  orientationActivities(@Root() youth: Youth, @Ctx() ctx: Context): Promise<OrientationActivity[]> {
    return ctx.loaders.orientationByPseudonym.load(youth.pseudonym);
  }
}
