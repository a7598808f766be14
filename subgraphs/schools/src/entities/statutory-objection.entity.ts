import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A young person\'s objection to a release by law; it stops that release from the next request on.' })
@Entity({ tableName: 'statutory_objection' })
export class StatutoryObjection {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  pseudonym!: string;

  @Field({ description: 'The statutory release objected to, e.g. SGB3_31A.' })
  @PrimaryKey({ type: 'text' })
  release!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  objectedAt!: Date;

  @Property({ type: 'text' })
  recordedBy!: string;
}
