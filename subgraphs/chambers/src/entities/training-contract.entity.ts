import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';
import { Chamber, TerminationReason } from './enums';

@ObjectType({ description: 'A training contract in a chamber\'s register (§34 BBiG), including its early termination, if any.' })
@Entity({ tableName: 'training_contract' })
export class TrainingContract {
  @Field(() => ID, { description: 'The hub\'s id of the contract.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  // The chambers' own key for a contract: imports and caseworkers find contracts by it.
  @Field(() => ID, { description: 'Contract number in the chamber\'s register (Verzeichnis der Berufsausbildungsverhältnisse), as on the contract documents.' })
  @Property({ type: 'text', unique: true })
  registerNumber!: string;

  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Index()
  @Property({ type: 'text' })
  companyId!: string;

  @Index()
  @Property({ type: 'text' })
  occupationKldb!: string;

  @Field(() => Chamber, { description: 'Chamber that registered the contract.' })
  @Enum({ items: () => Chamber, nativeEnumName: 'chamber' })
  chamber!: Chamber;

  @Field(() => LocalDate, { description: 'First day of training.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Planned last day of training under the contract.' })
  @Property({ type: 'date' })
  plannedEndDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of an early termination (Vertragslösung); null while running or completed.' })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @Field(() => TerminationReason, { nullable: true, description: 'Who ended the contract early; null without an early termination.' })
  @Enum({ items: () => TerminationReason, nativeEnumName: 'termination_reason', nullable: true })
  terminationReason?: TerminationReason | null;

  @Field({ description: 'Whether the contract was ended before its planned end (counts for the BIBB early-termination rate).' })
  get terminatedEarly(): boolean {
    return this.terminatedOn != null;
  }
}
