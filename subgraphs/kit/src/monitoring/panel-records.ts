import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';

/*
 * What each partner contributes about the members of a cohort's monitoring panel, so that the
 * coordination office's reports can join partners on pseudonyms of consenting young people only.
 * These types never reach a client: they are @inaccessible, travel only between subgraphs through
 * the gateway (via @requires), and end as counts under disclosure control.
 */

@ObjectType({ description: 'A panel member as the schools record them.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class SchoolPanelRecord {
  @Field(() => ID) pseudonym!: string;
  @Field() schoolId!: string;
  @Field() schoolName!: string;
  @Field({ description: 'District (01–23) of the school.' }) schoolDistrict!: string;
  @Field() qualification!: string;
  @Field(() => String, { nullable: true }) nextStep!: string | null;
  @Field(() => LocalDate) leavingDate!: string;
}

@ObjectType({ description: 'A training contract of a panel member, as the chambers register it.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class ContractPanelRecord {
  @Field(() => ID) pseudonym!: string;
  @Field() kldb!: string;
  @Field() title!: string;
  @Field(() => LocalDate) startDate!: string;
  @Field(() => LocalDate, { nullable: true }) terminatedOn!: string | null;
}

@ObjectType({ description: 'A panel member as the employment agency and Jobcenter know them.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class EmploymentPanelRecord {
  @Field(() => ID) pseudonym!: string;
  @Field({ description: 'Had at least one guidance contact.' }) guided!: boolean;
  @Field(() => [LocalDate], { description: 'Dates of the guidance contacts (whether someone was seen after leaving school).' }) guidanceDates!: string[];
  @Field(() => [String], { description: 'KldB codes of occupational wishes recorded at guidance.' }) wishes!: string[];
  @Field(() => String, { nullable: true, description: 'Outcome on 30 September of the cohort year, if an applicant.' }) applicantOutcome!: string | null;
  @Field(() => [String]) measures!: string[];
  @Field(() => [LocalDate]) measureStarts!: string[];
  @Field() sgb2!: boolean;
}

/** The `@requires` selections, written once so that owner and consumer agree on them. */
export const PANEL_REQUIRES = '@requires(fields: "panel")';
export const RECORDS_REQUIRES =
  '@requires(fields: "schoolRecords { pseudonym schoolId schoolName schoolDistrict qualification nextStep leavingDate } contractRecords { pseudonym kldb title startDate terminatedOn } employmentRecords { pseudonym guided guidanceDates wishes applicantOutcome measures measureStarts sgb2 }")';

/** `Cohort.__resolveReference` for the partners: the year and the panel the gateway passed on. */
export const resolveCohortReference = (ref: { year: number; panel?: string[] | null }) => ref;
