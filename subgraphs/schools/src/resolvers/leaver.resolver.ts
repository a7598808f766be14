import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Leaver } from '../entities/leaver.entity';
import { School } from '../entities/school.entity';
import type { Context } from '../context';

@Resolver(() => Leaver)
export class LeaverResolver {
  @FieldResolver(() => School, { description: 'The school the pupil left.' })
  async school(@Root() leaver: Leaver, @Ctx() ctx: Context): Promise<School> {
    return (await ctx.loaders.school.load(leaver.schoolId))!;
  }
}
