import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The city's register of pseudonyms: one row per young person known to the hub, with the
 * district of residence (null when living outside Kassel). Names never leave the city's records.
 */
@Entity({ tableName: 'youth' })
export class YouthRecord {
  @PrimaryKey({ type: 'text' })
  pseudonym!: string;

  @Index()
  @Property({ type: 'text', nullable: true })
  districtCode?: string | null;

  @Property({ type: 'date' })
  registeredOn!: string;

  /** From the residents' register: the breakdowns of the coordination office's reports. */
  @Property({ type: 'text', nullable: true })
  sex?: 'female' | 'male' | 'diverse' | null;

  @Property({ type: 'text', nullable: true })
  nationalityGroup?: 'german' | 'non_german' | null;

  @Property({ type: 'smallint', nullable: true })
  birthYear?: number | null;
}
