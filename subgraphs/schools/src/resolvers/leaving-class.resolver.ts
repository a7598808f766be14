import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_KEY_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { Youth } from '../entities/youth.entity';
import { LeavingClassEntry } from '../entities/leaving-class-entry.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthLeavingClassResolver {
  @FieldResolver(() => LeavingClassEntry, {
    nullable: true,
    description: 'The newest leaving-class list the pupil is on (expected leaving); null when no school in Kassel lists the young person.',
  })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.SCHOOL_CAREER)
  async leavingClass(@Root() youth: Youth, @Ctx() ctx: Context): Promise<LeavingClassEntry | null> {
    return (await ctx.loaders.leavingClassesByPseudonym.load(youth.pseudonym))[0] ?? null;
  }
}
