import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { partnerSubgraph, type PartnerContext } from '../../src/index';

/*
 * A minimal subgraph that releases one person-level field through the kit, so the audit plugin can
 * be tested without depending on any partner's consent rules.
 */

@ObjectType({ description: 'A person-level record of the probe partner.' })
class ProbeRecord {
  @Field()
  pseudonym!: string;

  @Field()
  name!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => ProbeRecord, { description: 'Releases a record and reports the read to the audit collector.' })
  probeRecord(@Arg('pseudonym') pseudonym: string, @Ctx() ctx: PartnerContext<unknown>): ProbeRecord {
    ctx.audit.read({ pseudonym, field: 'name', legalBasis: 'consent:c1' });
    ctx.audit.read({ pseudonym, field: 'pseudonym', legalBasis: 'consent:c1' });
    return { pseudonym, name: 'confidential name' };
  }

  @Query(() => Number, { description: 'Holds nothing person-level; nothing is audited.' })
  probeCount(): number {
    return 42;
  }
}

export const probe = partnerSubgraph<Record<string, never>>({
  name: 'auditprobe',
  defaultPort: 0,
  entities: [],
  migrations: [],
  resolvers: [ProbeResolver],
  references: {},
  createLoaders: () => ({}),
});
