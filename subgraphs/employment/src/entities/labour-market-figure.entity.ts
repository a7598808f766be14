import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { LabourMarketIndicator, LegalScope } from './enums';

/** Source of the figures the seed document quotes; the only real statistics in the hub. */
export const LABOUR_MARKET_SOURCE = 'Stadt Kassel, Bundesagentur für Arbeit (04/2014)';

@ObjectType({ description: 'An official labour-market figure for the city of Kassel.' })
@Entity({ tableName: 'labour_market_figure' })
@Unique({ properties: ['period', 'indicator', 'scope'] })
export class LabourMarketFigure {
  // A surrogate key keeps the ORM simple; (period, indicator, scope) is the natural key.
  @PrimaryKey({ autoincrement: true, type: 'integer' })
  id!: number;

  @Field({ description: 'Reporting month as YYYY-MM, e.g. "2014-04".' })
  @Property({ type: 'text' })
  period!: string;

  @Field(() => LabourMarketIndicator, { description: 'What the figure measures.' })
  @Enum({ items: () => LabourMarketIndicator, nativeEnumName: 'labour_market_indicator' })
  indicator!: LabourMarketIndicator;

  @Field(() => LegalScope, { description: 'The legal branch the figure covers.' })
  @Enum({ items: () => LegalScope, nativeEnumName: 'legal_scope' })
  scope!: LegalScope;

  @Field(() => Float, { description: 'The rate in percent.' })
  @Property({ type: 'double' })
  value!: number;

  @Field({ description: 'Where the figure was published.' })
  @Property({ type: 'text' })
  source!: string;
}
