import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertPseudonym, ConsentScope, DataCategory, encodeConsentKey, InvalidArgumentError, MAX_PAGE_SIZE } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { consentScopeFor } from '../consent-scope';
import { Youth } from '../entities/youth.entity';
import { District } from '../entities/district.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class YouthMunicipalityResolver {
  @Query(() => Youth, {
    nullable: true,
    description: 'A young person by pseudonym; null when the city has issued no such pseudonym. Every partner adds its fields.',
  })
  async youth(@Arg('pseudonym', () => ID) pseudonym: string, @Ctx() ctx: Context): Promise<Youth | null> {
    const record = await ctx.loaders.youth.load(assertPseudonym(pseudonym));
    return record ? { pseudonym: record.pseudonym } : null;
  }

  @Query(() => [Youth], {
    description: `Several young people at once, in the order asked; pseudonyms the city has not issued are left out. At most ${MAX_PAGE_SIZE}.`,
  })
  async youths(@Arg('pseudonyms', () => [ID]) pseudonyms: string[], @Ctx() ctx: Context): Promise<Youth[]> {
    if (pseudonyms.length > MAX_PAGE_SIZE) {
      throw new InvalidArgumentError('INVALID_PAGE_SIZE', `at most ${MAX_PAGE_SIZE} pseudonyms per request, got ${pseudonyms.length}`, 'pseudonyms');
    }
    pseudonyms.forEach((p) => assertPseudonym(p, 'pseudonyms'));
    const records = await ctx.loaders.youth.loadMany(pseudonyms);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [{ pseudonym: r.pseudonym }] : []));
  }

  @FieldResolver(() => ConsentScope, {
    nullable: true,
    description: 'What valid consents release about this young person to the requesting partner for the stated purpose.',
    deprecationReason: 'Read consentKey: the same scope as one compact value, which the partners require.',
  })
  consentScope(@Root() youth: Youth, @Ctx() ctx: Context): Promise<ConsentScope> {
    return consentScopeFor(youth.pseudonym, ctx);
  }

  @FieldResolver(() => String, {
    description:
      'What valid consents release about this young person to the requesting partner for the stated purpose, as one versioned value: v1|partner|purpose|categories|consent ids. Other subgraphs require it to decide on their fields.',
  })
  async consentKey(@Root() youth: Youth, @Ctx() ctx: Context): Promise<string> {
    return encodeConsentKey(await consentScopeFor(youth.pseudonym, ctx));
  }

  @FieldResolver(() => District, { nullable: true, description: 'District of residence; null when living outside Kassel. Category RESIDENCE.' })
  @Released(DataCategory.RESIDENCE)
  async district(@Root() youth: Youth, @Ctx() ctx: Context): Promise<District | null> {
    const record = await ctx.loaders.youth.load(youth.pseudonym);
    return record?.districtCode ? ctx.loaders.district.load(record.districtCode) : null;
  }

  @FieldResolver(() => TransitionCase, { nullable: true, description: 'The most recent transition-manager case, if any. Category CASE_WORK.' })
  @Released(DataCategory.CASE_WORK)
  async transitionCase(@Root() youth: Youth, @Ctx() ctx: Context): Promise<TransitionCase | null> {
    return (await ctx.loaders.casesByPseudonym.load(youth.pseudonym))[0] ?? null;
  }
}
