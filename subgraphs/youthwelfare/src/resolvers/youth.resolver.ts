import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_SCOPE_REQUIRES, DataCategory, Released } from '@kassel-hub/kit';
import { Youth } from '../entities/youth.entity';
import { YouthWelfareRecord } from '../entities/youth-welfare-record.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthYouthWelfareResolver {
  @FieldResolver(() => [YouthWelfareRecord], {
    nullable: true,
    description: 'Records of the youth welfare office (Jugendamt, SGB VIII), oldest first; empty when it knows none. Category YOUTH_WELFARE_MEASURES.',
  })
  @Directive(CONSENT_SCOPE_REQUIRES)
  @Released(DataCategory.YOUTH_WELFARE_MEASURES, WELFARE_MEASURES_RELEASE)
  youthWelfareRecords(@Root() youth: Youth, @Ctx() ctx: Context): Promise<YouthWelfareRecord[]> {
    return ctx.loaders.youthWelfareRecordsByPseudonym.load(youth.pseudonym);
  }
}
