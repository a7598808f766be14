import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TrainingContract } from '../entities/training-contract.entity';
import { Company } from '../entities/company.entity';
import { Occupation } from '../entities/occupation.entity';
import type { Context } from '../context';

@Resolver(() => TrainingContract)
export class TrainingContractResolver {
  @FieldResolver(() => Company, { description: 'The training company.' })
  async company(@Root() contract: TrainingContract, @Ctx() ctx: Context): Promise<Company> {
    return (await ctx.loaders.company.load(contract.companyId))!;
  }

  @FieldResolver(() => Occupation, { description: 'The occupation trained in.' })
  async occupation(@Root() contract: TrainingContract, @Ctx() ctx: Context): Promise<Occupation> {
    return (await ctx.loaders.occupation.load(contract.occupationKldb))!;
  }
}
