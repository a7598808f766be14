import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Chamber } from './enums';
import { District } from './stubs';

@ObjectType({ description: 'A training company in Kassel registered with a chamber. Names are fictional in generated data.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'company' })
export class Company {
  @Field(() => ID, { description: 'Company number in the chamber\'s register.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field({ description: 'Name of the company.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Chamber, { description: 'Chamber the company belongs to.' })
  @Enum({ items: () => Chamber, nativeEnumName: 'chamber' })
  chamber!: Chamber;

  @Index()
  @Property({ type: 'text' })
  districtCode!: string;

  @Field(() => District, { description: 'District (Stadtteil) where the company trains.' })
  get district(): District {
    return { code: this.districtCode };
  }
}
