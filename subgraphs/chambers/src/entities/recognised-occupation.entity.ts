import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { Chamber } from './enums';

/**
 * One recognised apprenticeship occupation the chambers register, under the KldB code that
 * classifies it. A code is a class, not an occupation: 62102 holds Kaufmann/Kauffrau im
 * Einzelhandel (36 months) and Verkäufer/in (24 months), so the register records each by code and
 * title. Contracts and entitlements name the code (`Occupation`), as the statistics report them.
 */
@ObjectType({ description: 'A recognised apprenticeship occupation (BBiG/HwO) the chambers register under a KldB code; several may share one code.' })
@Entity({ tableName: 'recognised_occupation' })
export class RecognisedOccupation {
  [PrimaryKeyProp]?: ['kldb', 'title'];

  @PrimaryKey({ type: 'text' })
  kldb!: string;

  @Field({ description: 'Title as in the BIBB list of recognised occupations, e.g. "Verkäufer/in".' })
  @PrimaryKey({ type: 'text' })
  title!: string;

  @Field(() => Chamber, { description: 'Chamber that registers contracts in this occupation.' })
  @Enum({ items: () => Chamber, nativeEnumName: 'chamber' })
  chamber!: Chamber;

  @Field(() => Int, { description: 'Regular length of the apprenticeship in months, per its training regulation.' })
  @Property({ type: 'smallint' })
  durationMonths!: number;
}
