import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';
import { School } from '../entities/school.entity';
import type { Context } from '../context';

@Resolver(() => LeavingClassEntry)
export class LeavingClassEntryResolver {
  @FieldResolver(() => School, { description: 'The school whose leaving class the pupil is in.' })
  async school(@Root() entry: LeavingClassEntry, @Ctx() ctx: Context): Promise<School> {
    return (await ctx.loaders.school.load(entry.schoolId))!;
  }
}
