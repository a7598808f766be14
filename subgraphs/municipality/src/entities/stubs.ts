import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A school; owned by the schools subgraph. The municipality adds its transition-manager staffing.' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id!: string;
}
