import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_KEY_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { Youth } from '../entities/youth.entity';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthYouthWelfareResolver {
  @FieldResolver(() => [WelfareParticipation], {
    nullable: true,
    description:
      'Youth vocational assistance measures (§13 SGB VIII), oldest first; empty when the youth welfare office knows none. Category YOUTH_WELFARE_MEASURES, released for YOUTH_WELFARE and TRANSITION_SUPPORT only.',
  })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.YOUTH_WELFARE_MEASURES)
  welfareMeasures(@Root() youth: Youth, @Ctx() ctx: Context): Promise<WelfareParticipation[]> {
    return ctx.loaders.welfareParticipationsByPseudonym.load(youth.pseudonym);
  }
}
