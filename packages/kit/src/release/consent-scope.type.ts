import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DataCategory } from './categories';

/**
 * What the consent register releases about one young person to the partner and purpose of the
 * current request. The consent register's subgraph computes it per request; the other subgraphs receive it
 * through federation, encoded as `Youth.consentKey` (consent-key.ts), so consent has a single source
 * of truth and no cache.
 */
@ObjectType({ description: 'Categories of a young person\'s data that valid consents release to the requesting partner for the stated purpose.' })
@Directive('@shareable')
export class ConsentScope {
  @Field({ description: 'The partner the scope was computed for (the requester).' })
  partner!: string;

  @Field(() => String, { nullable: true, description: 'The purpose stated with the request; null releases nothing.' })
  purpose!: string | null;

  @Field(() => [DataCategory], { description: 'Released categories; empty when no valid consent covers the requester and purpose.' })
  categories!: DataCategory[];

  @Field(() => [ID], { description: 'The consents that release them (the legal basis recorded in the audit trail).' })
  consentIds!: string[];
}
