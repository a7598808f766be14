import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Youth } from '../entities/youth.entity';
import { TrainingContract } from '../entities/training-contract.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthChambersResolver {
  @FieldResolver(() => [TrainingContract], {
    description: 'Training contracts registered with the chambers, oldest start first; empty when the chambers know none.',
  })
  trainingContracts(@Root() youth: Youth, @Ctx() ctx: Context): Promise<TrainingContract[]> {
    return ctx.loaders.contractsByPseudonym.load(youth.pseudonym);
  }
}
