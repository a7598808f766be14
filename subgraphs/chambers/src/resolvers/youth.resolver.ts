import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_KEY_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { Youth } from '../entities/youth.entity';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthChambersResolver {
  @FieldResolver(() => [TrainingContract], {
    nullable: true,
    description: 'Training contracts registered with the chambers, oldest start first; empty when the chambers know none.',
  })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.TRAINING)
  trainingContracts(@Root() youth: Youth, @Ctx() ctx: Context): Promise<TrainingContract[]> {
    return ctx.loaders.contractsByPseudonym.load(youth.pseudonym);
  }
}
