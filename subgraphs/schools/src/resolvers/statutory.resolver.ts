import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver, Directive } from 'type-graphql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { assertPage, assertPseudonym, HubError, NotFoundError } from '@kassel-hub/kit';
import { assertStatutoryRecipient, statutoryCutoff } from '@kassel-hub/governance';
import { SGB3_31A } from '../statutory/sgb3-31a';
import { ownerScopes } from '@kassel-hub/protocol';
import { Leaver } from '../entities/leaver.entity';
import { StatutoryObjection } from '../entities/statutory-objection.entity';
import { StatutoryLeaverReport } from '../entities/statutory-leaver-report.type';
import type { Context } from '../context';

@ArgsType()
class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–500.' })
  first!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

@Resolver()
export class StatutoryResolver {
  @Directive(ownerScopes('employment'))
  @Query(() => [StatutoryLeaverReport], {
    description:
      'Leavers of the last six months without a known next step who have not objected (§31a SGB III). Employment agency case workers only, stating purpose CAREER_GUIDANCE; every read is audited.',
  })
  async leaversWithoutNextStep(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<StatutoryLeaverReport[]> {
    assertStatutoryRecipient(ctx.identity, SGB3_31A);
    const page = assertPage(args.first, args.offset);
    const today = new Date().toISOString().slice(0, 10);
    const rows = await ctx.em
      .createQueryBuilder(Leaver, 'l')
      .select(['l.pseudonym', 'l.schoolId', 'l.leavingDate', 'l.qualification'])
      .where({ nextStep: null, leavingDate: { $gte: statutoryCutoff(SGB3_31A), $lte: today } })
      .andWhere(`not exists (select 1 from statutory_objection o where o.pseudonym = l.pseudonym and o.release = ?)`, [SGB3_31A.id])
      .orderBy({ leavingDate: 'asc', pseudonym: 'asc' })
      .limit(page.limit)
      .offset(page.offset)
      .execute<{ pseudonym: string; schoolId: string; leavingDate: string; qualification: Leaver['qualification'] }[]>('all', true);
    const schools = await ctx.loaders.school.loadMany([...new Set(rows.map((r) => r.schoolId))]);
    const schoolById = new Map(schools.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s]] : [])));
    // The audit entry is written before the answer leaves; if it cannot be, nothing is released.
    // One entry for the page: every young person on it, read on the same statute.
    if (rows.length > 0) {
      await appendAudit(ctx.em, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.READ,
          legalBasis: SGB3_31A.legalBasis,
          pseudonyms: [...new Set(rows.map((r) => r.pseudonym))],
          fields: [...SGB3_31A.fields],
        },
      ]);
    }
    return rows.map((r) => ({
      pseudonym: r.pseudonym,
      school: schoolById.get(r.schoolId)!,
      leavingDate: r.leavingDate,
      qualification: r.qualification,
      legalBasis: SGB3_31A.legalBasis,
    }));
  }

  @Directive(ownerScopes('schools'))
  @Mutation(() => StatutoryObjection, {
    description: 'Records a young person\'s objection to the report under §31a SGB III; from the next request on the employment agency no longer sees them. Schools staff only.',
  })
  async objectToStatutoryReport(@Arg('pseudonym', () => ID) pseudonym: string, @Ctx() ctx: Context): Promise<StatutoryObjection> {
    if (ctx.identity.partner !== 'schools' || !ctx.identity.roles.some((r) => r === 'caseworker' || r === 'admin')) {
      throw new HubError('FORBIDDEN', 'objections are recorded by the school');
    }
    assertPseudonym(pseudonym);
    return ctx.em.transactional(async (tx) => {
      if ((await tx.count(Leaver, { pseudonym })) === 0) throw new NotFoundError('leaver', pseudonym);
      const existing = await tx.findOne(StatutoryObjection, { pseudonym, release: SGB3_31A.id });
      if (existing) return existing;
      const objection = tx.create(StatutoryObjection, { pseudonym, release: SGB3_31A.id, objectedAt: new Date(), recordedBy: ctx.identity.sub });
      await tx.flush();
      await appendAudit(tx, [
        { ...auditActor(ctx.identity), action: AuditAction.CHANGE, legalBasis: SGB3_31A.legalBasis, pseudonym, fields: ['statutoryObjection'], detail: { release: SGB3_31A.id } },
      ]);
      return objection;
    });
  }
}
