import { Entity, PrimaryKey } from '@mikro-orm/postgresql';

/**
 * The Jobcenter's SGB II receipt, reduced to a flag: a row means the young person's household
 * receives SGB II. Amounts and household members never enter the hub.
 */
@Entity({ tableName: 'sgb2_household' })
export class Sgb2Household {
  @PrimaryKey({ type: 'text' })
  pseudonym!: string;
}
