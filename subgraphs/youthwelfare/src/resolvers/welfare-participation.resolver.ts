import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { ownerScopes } from '@kassel-hub/protocol';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import { assertOwnStaff } from '../access';
import type { Context } from '../context';

@Resolver(() => WelfareParticipation)
export class WelfareParticipationResolver {
  @Directive(ownerScopes('youthwelfare'))
  @Query(() => WelfareParticipation, { nullable: true, description: 'One participation by number, for the youth welfare office\'s own case workers; null when there is none.' })
  welfareParticipation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WelfareParticipation | null> {
    assertOwnStaff(ctx);
    return ctx.loaders.welfareParticipation.load(id.slice(0, 100));
  }
}
