import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { Company, Occupation } from './stubs';

@ObjectType({ description: 'Apprenticeship places a company reported to the employment agency for one reporting year.' })
@Entity({ tableName: 'vacancy' })
// One row per company, occupation and reporting year: the natural key imports upsert on.
@Unique({ properties: ['companyId', 'occupationKldb', 'reportYear'] })
export class Vacancy {
  @Field(() => ID, { description: 'Vacancy number in the employment agency\'s records.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  companyId!: string;

  @Index()
  @Property({ type: 'text' })
  occupationKldb!: string;

  @Field(() => Int, { description: 'Reporting year, ending on 30 September of this year.' })
  @Index()
  @Property({ type: 'smallint' })
  reportYear!: number;

  @Field(() => LocalDate, { description: 'Date the company reported the places.' })
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field(() => Int, { description: 'Apprenticeship places reported.' })
  @Property({ type: 'integer' })
  places!: number;

  @Field(() => Int, { description: 'Places filled by 30 September.' })
  @Property({ type: 'integer' })
  filled!: number;

  @Field(() => Company, { description: 'The training company offering the places.' })
  get company(): Company {
    return { id: this.companyId };
  }

  @Field(() => Occupation, { description: 'The occupation the places train for.' })
  get occupation(): Occupation {
    return { kldb: this.occupationKldb };
  }
}
