import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * References to entities that other partners own. This subgraph knows only their keys; the gateway
 * fetches every other field from the owner.
 */

@ObjectType({ description: 'A school; owned by the schools subgraph.' })
@Directive('@key(fields: "id", resolvable: false)')
export class School {
  @Field(() => ID, { description: 'School number assigned by the school authority.' })
  id!: string;
}

@ObjectType({ description: 'A training company; owned by the chambers subgraph.' })
@Directive('@key(fields: "id", resolvable: false)')
export class Company {
  @Field(() => ID, { description: 'Company number in the chambers\' register.' })
  id!: string;
}

@ObjectType({ description: 'A recognised occupation by KldB 2010 code; owned by the chambers subgraph.' })
@Directive('@key(fields: "kldb", resolvable: false)')
export class Occupation {
  @Field(() => ID, { description: 'KldB 2010 code, 5 digits.' })
  kldb!: string;
}
