import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';

/** The indicators whose direction marks a risk (nonGermanShare describes a population, not an outcome). */
export enum RiskIndicator {
  DIRECT_TRANSITION_RATE = 'DIRECT_TRANSITION_RATE',
  TRANSITION_SYSTEM_SHARE = 'TRANSITION_SYSTEM_SHARE',
  WITHOUT_QUALIFICATION_SHARE = 'WITHOUT_QUALIFICATION_SHARE',
  EQI = 'EQI',
  UNPLACED_SHARE = 'UNPLACED_SHARE',
}
registerEnumType(RiskIndicator, {
  name: 'RiskIndicator',
  description: 'A district indicator that counts towards atRisk: worse means a lower direct transition rate or EQI, or a higher transition-system, without-qualification (ohne Abschluss) or unplaced share.',
});

/** Whether a district's risks accumulate, or why that cannot be said. */
export enum RiskAssessment {
  AT_RISK = 'AT_RISK',
  NOT_AT_RISK = 'NOT_AT_RISK',
  NOT_ENOUGH_PUBLISHED_DATA = 'NOT_ENOUGH_PUBLISHED_DATA',
  CITY_REFERENCE = 'CITY_REFERENCE',
}
registerEnumType(RiskAssessment, {
  name: 'RiskAssessment',
  description: 'The verdict on a district row: at least 3 of the 5 risk indicators worse than the city\'s, or not, or undecidable from the published rates.',
  valuesConfig: {
    AT_RISK: { description: 'At least 3 risk indicators are worse than the city\'s.' },
    NOT_AT_RISK: { description: 'Fewer than 3 are worse, even if every indicator that is null (suppressed) on either side were worse.' },
    NOT_ENOUGH_PUBLISHED_DATA: {
      description: 'Fewer than 3 published indicators are worse, but enough are null (a count they derive from is suppressed) that the district could be at risk: not enough published data to judge.',
    },
    CITY_REFERENCE: { description: 'The city row: the reference the districts are compared with.' },
  },
});

@ObjectType({ description: 'The indicators of one district of residence (or of the whole city) for a leaving cohort\'s panel.' })
export class DistrictIndicators {
  @Field({ description: 'District code 01–23, 99 for leavers living outside Kassel, 00 for the city row.' })
  districtCode!: string;

  @Field()
  districtName!: string;

  @Field(() => CountCell, { description: 'Leavers of the cohort in the panel (the destinations report\'s row total).' })
  leavers!: CountCell;

  @Field(() => Float, { nullable: true, description: 'In an apprenticeship on 31 December of the leaving year ÷ leavers (as in destinations).' })
  directTransitionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'In the transition system on 31 December of the leaving year ÷ leavers (as in destinations).' })
  transitionSystemShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Leavers with no qualification at all (ohne Abschluss, Abgangszeugnis) ÷ leavers; the risk indicator.' })
  withoutQualificationShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Leavers without Hauptschulabschluss, Förderschulabschluss included (Destatis\' "ohne Hauptschulabschluss") ÷ leavers. Shown beside withoutQualificationShare; not counted towards atRisk.',
  })
  withoutHauptschulabschlussShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'EQI (Einmündungsquote der Ausbildungsinteressierten, BIBB): new contracts ÷ interested (as in entryIntoTraining).' })
  eqi!: number | null;

  @Field(() => Float, { nullable: true, description: 'Applicants unplaced on 30 September ÷ applicants (as in entryIntoTraining).' })
  unplacedShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Leavers without German citizenship ÷ leavers. Shown for context; not counted towards atRisk.' })
  nonGermanShare!: number | null;

  @Field(() => [RiskIndicator], { description: 'The indicators in which the district is worse than the city row; an indicator that is null on either side is not compared.' })
  worseThanCity!: RiskIndicator[];

  @Field(() => RiskAssessment, {
    description: 'AT_RISK when at least 3 of the 5 risk indicators are worse than the city row; NOT_ENOUGH_PUBLISHED_DATA when suppressed rates leave it open; CITY_REFERENCE for the city row.',
  })
  atRisk!: RiskAssessment;
}

@ObjectType({
  description:
    'Indicators per district of residence beside the city, so that districts where risks accumulate stand out. Every rate is derived from counts the other reports publish (destinations at the default cut-off, entryIntoTraining, nonGermanShares) and is null when one of them is suppressed; atRisk compares published rates only. The shares without qualification (both conventions) and of non-Germans per district come from a table of their own that shares its margins with the destination tables; where the two would hide a margin differently, that table is withheld and both shares are null in every district row.',
})
export class DistrictDashboard {
  @Field(() => Int)
  cohortYear!: number;

  @Field(() => [DistrictIndicators], { description: 'All 23 districts and 99 (outside Kassel).' })
  rows!: DistrictIndicators[];

  @Field(() => DistrictIndicators, { description: 'The city (code 00): the whole panel.' })
  city!: DistrictIndicators;
}
