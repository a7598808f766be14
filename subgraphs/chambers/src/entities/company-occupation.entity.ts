import { Entity, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/postgresql';

/** An occupation a company is entitled to train in (its Ausbildungsberechtigung); not exposed itself. */
@Entity({ tableName: 'company_occupation' })
export class CompanyOccupation {
  [PrimaryKeyProp]?: ['companyId', 'occupationKldb'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  occupationKldb!: string;
}
