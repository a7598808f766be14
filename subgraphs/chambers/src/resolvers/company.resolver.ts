import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertDistrictCode, assertPage } from '@kassel-hub/kit';
import { Company } from '../entities/company.entity';
import { Occupation } from '../entities/occupation.entity';
import { Chamber } from '../entities/enums';
import type { Context } from '../context';

@ArgsType()
class CompaniesArgs {
  @Field({ nullable: true, description: 'Only companies in this district (code 01–23).' })
  districtCode?: string;

  @Field(() => Chamber, { nullable: true, description: 'Only companies of this chamber.' })
  chamber?: Chamber;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–500.' })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Number of companies to skip.' })
  offset!: number;
}

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A training company by its register number.' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Company | null> {
    return ctx.loaders.company.load(id);
  }

  @Query(() => [Company], { description: 'Training companies, ordered by number, optionally filtered by district and chamber.' })
  companies(@Args(() => CompaniesArgs) args: CompaniesArgs, @Ctx() ctx: Context): Promise<Company[]> {
    const page = assertPage(args.first, args.offset);
    const where: Record<string, unknown> = {};
    if (args.districtCode !== undefined) where.districtCode = assertDistrictCode(args.districtCode);
    if (args.chamber !== undefined) where.chamber = args.chamber;
    return ctx.em.find(Company, where, { orderBy: { id: 'asc' }, ...page });
  }

  @FieldResolver(() => [Occupation], { description: 'Occupations the company is entitled to train in today (withdrawn entitlements left out), ordered by KldB code.' })
  async occupations(@Root() company: Company, @Ctx() ctx: Context): Promise<Occupation[]> {
    return (await ctx.loaders.occupationsByCompany.load(company.id)).map((row) => row.occupation);
  }
}
