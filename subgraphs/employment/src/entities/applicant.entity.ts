import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { ApplicantOutcome } from './enums';
import { Occupation } from './stubs';

@ObjectType({ description: 'A registration as applicant for an apprenticeship place (BA Bewerberstatistik), one per reporting year.' })
@Entity({ tableName: 'applicant' })
// The employment agency's natural key: one registration per young person and reporting year (imports upsert on it).
@Unique({ properties: ['pseudonym', 'reportYear'] })
export class Applicant {
  @Field(() => ID, { description: 'Applicant record number; a new one for each reporting year.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => Int, { description: 'Reporting year, ending on 30 September of this year.' })
  @Index()
  @Property({ type: 'smallint' })
  reportYear!: number;

  @Field(() => LocalDate, { description: 'Date of registration with the employment agency.' })
  @Property({ type: 'date' })
  registeredOn!: string;

  @Property({ type: 'text' })
  targetKldb!: string;

  @Field(() => ApplicantOutcome, { description: 'Status on 30 September of the reporting year.' })
  @Enum({ items: () => ApplicantOutcome, nativeEnumName: 'applicant_outcome' })
  outcome!: ApplicantOutcome;

  @Field(() => Occupation, { description: 'The occupation the applicant was looking for.' })
  get target(): Occupation {
    return { kldb: this.targetKldb };
  }
}
