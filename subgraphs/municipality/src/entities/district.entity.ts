import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One of Kassel\'s 23 districts (Stadtteile) with its social indicators.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'district' })
export class District {
  @Field(() => ID, { description: 'Official district code, 01–23.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field({ description: 'District name, e.g. "Nord-Holland".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Residents.' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, { description: 'Residents under 25.' })
  @Property({ type: 'integer' })
  under25!: number;

  @Field(() => Float, { description: 'Unemployment rate in percent of residents aged 15–64.' })
  @Property({ type: 'double' })
  unemploymentRate!: number;

  @Field(() => Float, { description: 'Share of residents under 65 receiving SGB II benefits, in percent.' })
  @Property({ type: 'double' })
  sgb2Rate!: number;

  @Field(() => Float, { description: 'Share of residents without German citizenship, in percent.' })
  @Property({ type: 'double' })
  foreignShare!: number;

  @Field(() => Float, { description: 'Share of households with children headed by a single parent, in percent.' })
  @Property({ type: 'double' })
  singleParentShare!: number;
}
