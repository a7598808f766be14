import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';

/** An occupation a company is entitled to train in (its Ausbildungsberechtigung); not exposed itself. */
@Entity({ tableName: 'company_occupation' })
export class CompanyOccupation {
  [PrimaryKeyProp]?: ['companyId', 'occupationKldb'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  occupationKldb!: string;

  /**
   * Day from which the chamber withdrew the entitlement (§33 BBiG); null while it holds. Kept rather
   * than deleted: contracts that began before it stay rightly registered.
   */
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;
}
