import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { assertKldb, assertPage, assertYear } from '@kassel-hub/kit';
import { Vacancy } from '../entities/vacancy.entity';
import type { Context } from '../context';

@ArgsType()
class VacanciesArgs {
  @Field(() => Int, { description: 'Reporting year (ending 30 September), 2000–2100.' })
  reportYear!: number;

  @Field({ nullable: true, description: 'Only places in this occupation (KldB 2010, 5 digits).' })
  occupationKldb?: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–500.' })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Number of vacancies to skip.' })
  offset!: number;
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => [Vacancy], { description: 'Reported apprenticeship places of one reporting year, ordered by id, optionally for one occupation.' })
  vacancies(@Args(() => VacanciesArgs) args: VacanciesArgs, @Ctx() ctx: Context): Promise<Vacancy[]> {
    const page = assertPage(args.first, args.offset);
    const where: Record<string, unknown> = { reportYear: assertYear(args.reportYear, 'reportYear') };
    if (args.occupationKldb !== undefined && args.occupationKldb !== null) {
      where.occupationKldb = assertKldb(args.occupationKldb, 'occupationKldb');
    }
    return ctx.em.find(Vacancy, where, { orderBy: { id: 'asc' }, ...page });
  }
}
