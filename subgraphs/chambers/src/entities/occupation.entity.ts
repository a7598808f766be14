import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Chamber, SkillLevel } from './enums';

/** KldB 2010 requirement levels by the code's 5th digit; index 0 is unused. */
const SKILL_LEVELS = [undefined, SkillLevel.HELPER, SkillLevel.SPECIALIST, SkillLevel.COMPLEX, SkillLevel.HIGHLY_COMPLEX];

@ObjectType({ description: 'A recognised apprenticeship occupation (BBiG/HwO) registered by one of the chambers.' })
@Directive('@key(fields: "kldb")')
@Entity({ tableName: 'occupation' })
export class Occupation {
  @Field(() => ID, { description: 'Five-digit KldB 2010 code (Berufsgattung), e.g. "62102".' })
  @PrimaryKey({ type: 'text' })
  kldb!: string;

  @Field({ description: 'Title of the recognised occupation, e.g. "Kaufmann/Kauffrau im Einzelhandel".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Chamber, { description: 'Chamber that registers contracts in this occupation.' })
  @Enum({ items: () => Chamber, nativeEnumName: 'chamber' })
  chamber!: Chamber;

  @Field(() => Int, { description: 'Regular length of the apprenticeship in months.' })
  @Property({ type: 'smallint' })
  durationMonths!: number;

  @Field(() => SkillLevel, { description: 'Requirement level, from the 5th digit of the KldB code.' })
  get skillLevel(): SkillLevel {
    // A code whose 5th digit is no level cannot serialise, so it surfaces as an internal error.
    return SKILL_LEVELS[Number(this.kldb[4])]!;
  }

  @Field({ description: 'KldB 2010 occupational group (Berufsgruppe): the first three digits of the code.' })
  get occupationGroup(): string {
    return this.kldb.slice(0, 3);
  }
}
