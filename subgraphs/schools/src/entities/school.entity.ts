import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { District } from './stubs';
import { SchoolType } from './enums';

@ObjectType({ description: 'A school in Kassel (general or vocational). Names are fictional in generated data.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'school' })
export class School {
  @Field(() => ID, { description: 'School number assigned by the school authority.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field({ description: 'Name of the school.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => SchoolType)
  @Enum({ items: () => SchoolType, nativeEnumName: 'school_type' })
  type!: SchoolType;

  @Index()
  @Property({ type: 'text' })
  districtCode!: string;

  @Field(() => District, { description: 'District (Stadtteil) where the school is located.' })
  get district(): District {
    return { code: this.districtCode };
  }
}
