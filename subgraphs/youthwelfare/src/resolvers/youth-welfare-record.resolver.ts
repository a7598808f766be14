import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { ownerScopes } from '@kassel-hub/kit';
import { YouthWelfareRecord } from '../entities/youth-welfare-record.entity';
import { assertOwnStaff } from '../access';
import type { Context } from '../context';

@Resolver(() => YouthWelfareRecord)
export class YouthWelfareRecordResolver {
  @Directive(ownerScopes('youthwelfare'))
  @Query(() => YouthWelfareRecord, { nullable: true, description: 'One record by number, for the partner\'s own case workers; null when there is none.' })
  youthWelfareRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<YouthWelfareRecord | null> {
    assertOwnStaff(ctx);
    return ctx.loaders.youthWelfareRecord.load(id.slice(0, 100));
  }
}
