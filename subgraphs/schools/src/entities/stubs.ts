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

@ObjectType({ description: 'A training company; owned by the chambers subgraph.' })
@Directive('@key(fields: "id", resolvable: false)')
export class Company {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'A recognised occupation by KldB 2010 code; owned by the chambers subgraph.' })
@Directive('@key(fields: "kldb", resolvable: false)')
export class Occupation {
  @Field(() => ID)
  kldb!: string;
}
