import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * References to entities that other partners own. This subgraph knows only their keys; the gateway
 * fetches every other field from the owner.
 */

@ObjectType({ description: 'A district of Kassel; owned by the municipality subgraph.' })
@Directive('@key(fields: "code", resolvable: false)')
export class District {
  @Field(() => ID)
  code!: string;
}
