import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_KEY_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { Youth } from '../entities/youth.entity';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthEmploymentResolver {
  @FieldResolver(() => [GuidanceContact], { nullable: true, description: 'Career-guidance contacts, oldest first.' })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.GUIDANCE)
  guidanceContacts(@Root() youth: Youth, @Ctx() ctx: Context): Promise<GuidanceContact[]> {
    return ctx.loaders.guidanceByPseudonym.load(youth.pseudonym);
  }

  @FieldResolver(() => [Applicant], { nullable: true, description: 'Registrations as applicant for an apprenticeship, newest reporting year first.' })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.APPLICATIONS)
  applications(@Root() youth: Youth, @Ctx() ctx: Context): Promise<Applicant[]> {
    return ctx.loaders.applicationsByPseudonym.load(youth.pseudonym);
  }

  @FieldResolver(() => [MeasureParticipation], { nullable: true, description: 'Participations in measures of the employment agency or Jobcenter, oldest first.' })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.APPLICATIONS)
  measures(@Root() youth: Youth, @Ctx() ctx: Context): Promise<MeasureParticipation[]> {
    return ctx.loaders.measuresByPseudonym.load(youth.pseudonym);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the young person\'s household receives SGB II (Bürgergeld) from the Jobcenter. True when flagged; false when the employment agency or Jobcenter knows the young person (guidance, application, measure) but no SGB II receipt; null when neither knows the pseudonym at all.',
  })
  @Directive(CONSENT_KEY_REQUIRES)
  @Released(DataCategory.BENEFITS)
  async receivesSgb2(@Root() youth: Youth, @Ctx() ctx: Context): Promise<boolean | null> {
    // The list loaders double as "known here" checks: one statement per table for all youths of a
    // request, and no extra ones when the list fields are asked for too (the loaders cache).
    const [household, guidance, applications, measures] = await Promise.all([
      ctx.loaders.sgb2Household.load(youth.pseudonym),
      ctx.loaders.guidanceByPseudonym.load(youth.pseudonym),
      ctx.loaders.applicationsByPseudonym.load(youth.pseudonym),
      ctx.loaders.measuresByPseudonym.load(youth.pseudonym),
    ]);
    if (household) return true;
    return guidance.length || applications.length || measures.length ? false : null;
  }
}
