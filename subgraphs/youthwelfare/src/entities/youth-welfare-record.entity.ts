import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';

@ObjectType({ description: 'A record the youth welfare office (Jugendamt, SGB VIII) keeps about a young person.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'youth_welfare_record' })
export class YouthWelfareRecord {
  @Field(() => ID, { description: 'Record number in the partner\'s own system.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** Not a field: a record is reached through its young person, whose consent decides. */
  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => LocalDate, { description: 'Day the record was made.' })
  @Property({ type: 'date' })
  recordedOn!: string;
}
