import { exampleQuery } from '../example';

/**
 * The coordination office's example operations, in ONE place: GraphiQL opens them as tabs and the
 * monitoring page (/monitoring) runs the same strings, so the two can never disagree. When a report's
 * field names change in the subgraphs, this is the only file to adjust; `operations.test.ts` fails as
 * soon as a report's field exists in the supergraph but its example here does not match it.
 */
export interface HubOperation {
  /** The GraphQL operation name; GraphiQL titles the tab with it, the page looks it up by it. */
  name: string;
  /** One line for a person: what the report answers. */
  title: string;
  /** The report's field as `Type.field`: while it is missing from the supergraph, the example is pending. */
  report: string;
  query: string;
  variables: Record<string, unknown>;
  /** Who may run it: reports need an analyst token, person-level reads a caseworker and a purpose. */
  needs: 'analyst' | 'caseworker';
}

/** The cohort the examples look at: the latest one whose first half-year after leaving is complete. */
export const EXAMPLE_COHORT = 2024;

/** A disclosure-controlled count: `value` is null whenever `suppressed` is true. */
const CELL = '{ value suppressed }';

const destinationCells = ['apprenticeship', 'transitionSystem', 'furtherSchool', 'university', 'other', 'unknown', 'total']
  .map((f) => `${f} ${CELL}`)
  .concat('directTransitionRate')
  .join('\n        ');

export const destinationsBySchool: HubOperation = {
  name: 'DestinationsBySchool',
  title: 'Destination of a leaving cohort per school at the cut-off date (iABE sectors), with the direct transition rate',
  report: 'Cohort.destinations',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT, cutoff: `${EXAMPLE_COHORT}-12-31` },
  query: `query DestinationsBySchool($cohortYear: Int!, $cutoff: LocalDate) {
  cohort(year: $cohortYear) {
    year
    panelSize
    destinations(by: SCHOOL, cutoff: $cutoff) {
      cohortYear
      cutoff
      rows {
        key
        label
        ${destinationCells}
      }
      total {
        key
        label
        ${destinationCells}
      }
    }
  }
}
`,
};

const entryCells = `{
          applicantsOrNewContracts ${CELL}
          interested ${CELL}
          newContracts ${CELL}
          notEntered ${CELL}
          applicants ${CELL}
          unplaced ${CELL}
          unknown ${CELL}
          eqi
          unplacedShare
          unknownShare
        }`;

export const entryIntoTrainingByDistrict: HubOperation = {
  name: 'EntryIntoTrainingByDistrict',
  title: 'EQI (Einmündungsquote, BIBB), unplaced and unknown applicants per district of residence, by SGB II flag',
  report: 'Cohort.entryIntoTraining',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query EntryIntoTrainingByDistrict($cohortYear: Int!) {
  cohort(year: $cohortYear) {
    year
    entryIntoTraining(by: DISTRICT) {
      cohortYear
      rows {
        key
        label
        all ${entryCells}
        withSgb2 ${entryCells}
        withoutSgb2 ${entryCells}
      }
      total {
        key
        label
        all ${entryCells}
      }
    }
  }
}
`,
};

const terminationRows = `key
        label
        contracts ${CELL}
        terminatedEarly ${CELL}
        rate`;

export const earlyTerminations: HubOperation = {
  name: 'EarlyTerminations',
  title: 'Pooled early-termination rate of the cohort\'s training contracts by start year, occupation group and qualification, and re-entry within 12 months (closed windows)',
  report: 'Cohort.earlyTerminations',
  needs: 'analyst',
  // An older cohort: its contracts have had time to end early, and its re-entry windows have closed.
  variables: { cohortYear: EXAMPLE_COHORT - 3 },
  query: `query EarlyTerminations($cohortYear: Int!) {
  cohort(year: $cohortYear) {
    year
    earlyTerminations {
      cohortYear
      contracts ${CELL}
      terminatedEarly ${CELL}
      rate
      layers {
        ${terminationRows}
      }
      byOccupationGroup {
        ${terminationRows}
      }
      byQualification {
        ${terminationRows}
      }
      reEntry {
        referenceDate
        firstContractEndedEarly ${CELL}
        windowClosed ${CELL}
        reEnteredWithin12Months ${CELL}
        notReEntered ${CELL}
        windowOpen ${CELL}
        reEnteredSoFar ${CELL}
        notYetReEntered ${CELL}
        reEntryRate
      }
    }
  }
}
`,
};

const nonGermanShare = `{ total ${CELL} nonGerman ${CELL} share }`;

export const nonGermanShares: HubOperation = {
  name: 'NonGermanShares',
  title: 'Share of non-Germans among school leavers, applicants and new training contracts',
  report: 'Cohort.nonGermanShares',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query NonGermanShares($cohortYear: Int!) {
  cohort(year: $cohortYear) {
    year
    nonGermanShares {
      cohortYear
      leavers ${nonGermanShare}
      applicants ${nonGermanShare}
      newContracts ${nonGermanShare}
    }
  }
}
`,
};

export const unknownToAll: HubOperation = {
  name: 'UnknownToAll',
  title: 'Young people known to no partner six months after leaving school ("no one gets lost")',
  report: 'Cohort.unknownToAll',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT, monthsAfterLeaving: 6 },
  // `pseudonyms` is left out: only the city's transition managers may read it (anyone else gets
  // FORBIDDEN for that field), and the office's analysts work with the count.
  query: `query UnknownToAll($cohortYear: Int!, $monthsAfterLeaving: Int! = 6) {
  cohort(year: $cohortYear) {
    year
    unknownToAll(monthsAfterLeaving: $monthsAfterLeaving) {
      cohortYear
      monthsAfterLeaving
      count ${CELL}
      leavers ${CELL}
      share
    }
  }
}
`,
};

const genderRow = `kldb
        title
        contracts ${CELL}
        femaleContracts ${CELL}
        femaleShareContracts
        wishes ${CELL}
        femaleWishes ${CELL}
        femaleShareWishes`;

export const genderSegregation: HubOperation = {
  name: 'GenderSegregation',
  title: 'Female share per occupation among training contracts and among occupational wishes at guidance, with the dissimilarity index',
  report: 'Cohort.genderSegregation',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query GenderSegregation($cohortYear: Int!) {
  cohort(year: $cohortYear) {
    year
    genderSegregation {
      cohortYear
      dissimilarityContracts
      dissimilarityWishes
      dissimilarityWithTransitionManager
      dissimilarityWithoutTransitionManager
      rows {
        ${genderRow}
      }
      total {
        ${genderRow}
      }
    }
  }
}
`,
};

const districtIndicators = `districtCode
        districtName
        leavers ${CELL}
        directTransitionRate
        transitionSystemShare
        withoutQualificationShare
        withoutHauptschulabschlussShare
        eqi
        unplacedShare
        nonGermanShare
        worseThanCity
        atRisk`;

export const districtDashboard: HubOperation = {
  name: 'DistrictDashboard',
  title: 'District dashboard: the indicators of each of the 23 Stadtteile beside the city average',
  report: 'Cohort.districtDashboard',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query DistrictDashboard($cohortYear: Int!) {
  cohort(year: $cohortYear) {
    year
    districtDashboard {
      cohortYear
      rows {
        ${districtIndicators}
      }
      city {
        ${districtIndicators}
      }
    }
  }
}
`,
};

/** Already in the hub: the schools' leaver table, with district names joined from the city. */
const leaverRows = `rows {
      key
      district { code name }
      total ${CELL}
      cells { qualification count ${CELL} }`;

export const leaversBySchool: HubOperation = {
  name: 'LeaversBySchool',
  title: 'School leavers of a cohort per school and qualification (schools × city districts)',
  report: 'Query.leaverStatistics',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query LeaversBySchool($cohortYear: Int!) {
  leaverStatistics(cohortYear: $cohortYear, by: SCHOOL) {
    cohortYear
    threshold
    grandTotal ${CELL}
    ${leaverRows}
      school { name type }
    }
  }
}
`,
};

export const leaversByDistrict: HubOperation = {
  name: 'LeaversByDistrict',
  title: 'School leavers of a cohort per district of the school and qualification, beside the city total',
  report: 'Query.leaverStatistics',
  needs: 'analyst',
  variables: { cohortYear: EXAMPLE_COHORT },
  query: `query LeaversByDistrict($cohortYear: Int!) {
  leaverStatistics(cohortYear: $cohortYear, by: DISTRICT) {
    cohortYear
    threshold
    grandTotal ${CELL}
    columnTotals { qualification count ${CELL} }
    ${leaverRows}
    }
  }
}
`,
};

/**
 * GraphiQL's first tab. It has no variables on purpose: GraphiQL 5 fills the variables editor of the
 * first tab from no tab at all on a first visit (it does so only when switching tabs), so a first tab
 * with variables would open with them missing.
 */
export const districtsOverview: HubOperation = {
  name: 'Districts',
  title: "Kassel's 23 districts (Stadtteile) with the city's key figures",
  report: 'Query.districts',
  needs: 'analyst',
  variables: {},
  query: `query Districts {
  districts {
    code
    name
    population
    under25
    unemploymentRate
    sgb2Rate
    foreignShare
  }
}
`,
};

/** The market-wide figures of a reporting year: BIBB's LQneu, EQI and ANR from the partners' registers. */
export const trainingMarket: HubOperation = {
  name: 'TrainingMarket',
  title: 'Training market of a reporting year: LQneu (layer model), EQI, ANR and extended ANR from the chambers\' and the employment agency\'s registers',
  report: 'Query.reportingYear',
  needs: 'analyst',
  variables: { year: EXAMPLE_COHORT },
  query: `query TrainingMarket($year: Int!) {
  reportingYear(year: $year) {
    year
    newContracts ${CELL}
    applicantMarket {
      applicants ${CELL}
      placed ${CELL}
      alternativeSearching ${CELL}
      otherFormer ${CELL}
      unplaced ${CELL}
      unknown ${CELL}
      reportedPlaces ${CELL}
      unfilledPlaces ${CELL}
    }
    trainingMarket { offer demand extendedDemand anr anrExtended interested eqi }
    earlyTerminationRate {
      reportYear
      complete
      lqNeu
      layers { startYear newContracts ${CELL} terminatedInReportYear ${CELL} rate }
    }
  }
}
`,
};

/** The README's cross-partner read of one young person (a caseworker with a purpose and a consent). */
export const youthAcrossPartners: HubOperation = {
  name: 'YouthAcrossPartners',
  title: "The README's example: one young person with what each partner knows",
  report: 'Query.youth',
  needs: 'caseworker',
  variables: { pseudonym: 'YWJ4QHJM01RZX' },
  query: exampleQuery,
};

/** In the order GraphiQL shows the tabs: an overview, the seven reports, what the hub had before, the market of a reporting year, and the README's read last. */
export const hubOperations: readonly HubOperation[] = [
  districtsOverview,
  destinationsBySchool,
  entryIntoTrainingByDistrict,
  earlyTerminations,
  genderSegregation,
  nonGermanShares,
  districtDashboard,
  unknownToAll,
  leaversBySchool,
  leaversByDistrict,
  trainingMarket,
  youthAcrossPartners,
];
