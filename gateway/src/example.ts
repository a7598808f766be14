/**
 * The README's cross-partner example, also GraphiQL's default query: one young person, with what
 * each partner knows about them.
 */
export const exampleQuery = `query YouthAcrossPartners($pseudonym: ID!) {
  youth(pseudonym: $pseudonym) {
    pseudonym
    district { code name }
    transitionCase { manager openedOn closedOn outcome }
    schoolLeaving { cohortYear leavingDate qualification school { name type } }
    guidanceContacts { date channel wish { kldb title } }
    applications { reportYear outcome target { title } }
    trainingContracts { startDate terminatedOn occupation { kldb title } company { name chamber } }
    welfareMeasures { measure start end }
  }
}
`;
