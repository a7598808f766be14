import { ReportBreakdown, rowsFor } from './breakdown';
import type { ProtectedCounts } from './count-system';
import { share, type DestinationRowData } from './destinations';
import { leaverShare, type LeaversByNationality } from './non-german';
import { RiskAssessment, RiskIndicator, type DistrictDashboard, type DistrictIndicators } from './district-dashboard.type';

type Indicators = Omit<DistrictIndicators, 'worseThanCity' | 'atRisk'>;
type RateField = 'directTransitionRate' | 'transitionSystemShare' | 'withoutQualificationShare' | 'eqi' | 'unplacedShare';

/** Which way is worse for each risk indicator. */
const WORSE_WHEN: [RiskIndicator, RateField, 'lower' | 'higher'][] = [
  [RiskIndicator.DIRECT_TRANSITION_RATE, 'directTransitionRate', 'lower'],
  [RiskIndicator.TRANSITION_SYSTEM_SHARE, 'transitionSystemShare', 'higher'],
  [RiskIndicator.WITHOUT_QUALIFICATION_SHARE, 'withoutQualificationShare', 'higher'],
  [RiskIndicator.EQI, 'eqi', 'lower'],
  [RiskIndicator.UNPLACED_SHARE, 'unplacedShare', 'higher'],
];
export const AT_RISK_MIN_INDICATORS = 3;

export interface DashboardSources {
  /** Destinations by district at the default cut-off. */
  destinations: { rows: DestinationRowData[]; total: DestinationRowData };
  /** Leavers by district × qualification and nationality (possibly withheld). */
  profile: ProtectedCounts;
  /** The training market. */
  market: ProtectedCounts;
  /** Destinations by nationality group at the default cut-off (the city's non-German share). */
  byNationality: LeaversByNationality;
}


/** One row's indicators: `line` names the row in the profile and the market (`total` for the city). */
function indicators(code: string, name: string, dest: DestinationRowData, line: string, s: DashboardSources): Indicators {
  const p = (c: string) => s.profile.get(`${line}/${c}`);
  const m = (c: string) => s.market.get(`${line}/${c}`);
  return {
    districtCode: code,
    districtName: name,
    leavers: dest.total,
    directTransitionRate: share(dest.cells.APPRENTICESHIP, dest.total),
    transitionSystemShare: share(dest.cells.TRANSITION_SYSTEM, dest.total),
    withoutQualificationShare: share(p('NONE'), p('total')),
    withoutHauptschulabschlussShare: share(p('NO_HAUPT'), p('total')),
    eqi: share(m('NEW_CONTRACT'), m('INTERESTED')),
    unplacedShare: share(m('UNPLACED'), m('APPLICANT')),
    nonGermanShare: share(p('NON_GERMAN'), p('total')),
  };
}

/** Compares published rates only, so the verdict reveals nothing the rates do not. */
function worseThan(row: Indicators, city: Indicators): RiskIndicator[] {
  return WORSE_WHEN.filter(([, field, worse]) => {
    const [a, b] = [row[field], city[field]];
    if (a === null || b === null) return false;
    return worse === 'lower' ? a < b : a > b;
  }).map(([indicator]) => indicator);
}

/** Indicators null on either side: suppression hides whether they are worse. */
const unknownCount = (row: Indicators, city: Indicators) => WORSE_WHEN.filter(([, field]) => row[field] === null || city[field] === null).length;

/**
 * A district is at risk with 3 worse indicators; it is not if even every unknown indicator being
 * worse would not make 3. In between, "not at risk" would claim what the published data cannot
 * show (a suppressed district is typically a small, possibly disadvantaged one).
 */
export function assessRisk(worse: number, unknown: number): RiskAssessment {
  if (worse >= AT_RISK_MIN_INDICATORS) return RiskAssessment.AT_RISK;
  return worse + unknown < AT_RISK_MIN_INDICATORS ? RiskAssessment.NOT_AT_RISK : RiskAssessment.NOT_ENOUGH_PUBLISHED_DATA;
}

export function districtDashboard(s: DashboardSources, year: number): DistrictDashboard {
  // The city's non-German share is the one nonGermanShares shows, also when the district profile is withheld.
  const city = { ...indicators('00', 'Kassel', s.destinations.total, 'total', s), nonGermanShare: leaverShare(s.byNationality).share };
  const labels = new Map(rowsFor(ReportBreakdown.DISTRICT, []).rows.map((r) => [r.key, r.label]));
  const rows = s.destinations.rows.map((dest) => {
    const row = indicators(dest.key, labels.get(dest.key) ?? dest.label, dest, dest.key, s);
    const worse = worseThan(row, city);
    return { ...row, worseThanCity: worse, atRisk: assessRisk(worse.length, unknownCount(row, city)) };
  });
  return { cohortYear: year, rows, city: { ...city, worseThanCity: [], atRisk: RiskAssessment.CITY_REFERENCE } };
}
