import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { assertDistrictCode, assertPage } from '@kassel-hub/kit';
import { School } from '../entities/school.entity';
import { SchoolType } from '../entities/enums';
import type { Context } from '../context';

@ArgsType()
class SchoolsArgs {
  @Field({ nullable: true, description: 'Only schools in this district (code 01–23).' })
  districtCode?: string;

  @Field(() => SchoolType, { nullable: true })
  type?: SchoolType;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–500.' })
  first!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => School, { nullable: true, description: 'A school by its number.' })
  school(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<School | null> {
    return ctx.loaders.school.load(id);
  }

  @Query(() => [School], { description: 'Schools, ordered by number, optionally filtered by district and type.' })
  schools(@Args(() => SchoolsArgs) args: SchoolsArgs, @Ctx() ctx: Context): Promise<School[]> {
    const page = assertPage(args.first, args.offset);
    const where: Record<string, unknown> = {};
    if (args.districtCode !== undefined) where.districtCode = assertDistrictCode(args.districtCode);
    if (args.type !== undefined) where.type = args.type;
    return ctx.em.find(School, where, { orderBy: { id: 'asc' }, ...page });
  }
}
