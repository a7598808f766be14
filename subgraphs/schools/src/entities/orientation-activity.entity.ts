import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { OrientationKind } from './enums';
import { Company, Occupation } from './stubs';

@ObjectType({ description: 'A vocational orientation activity: a potential analysis or an internship at a company.' })
@Entity({ tableName: 'orientation_activity' })
export class OrientationActivity {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => OrientationKind)
  @Enum({ items: () => OrientationKind, nativeEnumName: 'orientation_kind' })
  kind!: OrientationKind;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'text', nullable: true })
  companyId?: string | null;

  @Property({ type: 'text', nullable: true })
  occupationKldb?: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of an internship in weeks.' })
  @Property({ type: 'smallint', nullable: true })
  weeks?: number | null;

  @Field(() => Company, { nullable: true, description: 'Host company of an internship.' })
  get company(): Company | null {
    return this.companyId ? { id: this.companyId } : null;
  }

  @Field(() => Occupation, { nullable: true, description: 'Occupation explored in an internship.' })
  get occupation(): Occupation | null {
    return this.occupationKldb ? { kldb: this.occupationKldb } : null;
  }
}
