import { occupationGroup, QUALIFICATIONS } from './catalogues';
import { groupLine, layerLine, qualLine, type ContractSystem } from './contracts';
import type { ProtectedCounts } from './count-system';
import { share } from './destinations';
import type { EarlyTerminationReport, EarlyTerminationRow } from './early-terminations.type';

function row(p: ProtectedCounts, line: string, key: string, label: string): EarlyTerminationRow {
  const contracts = p.get(`${line}/total`);
  const terminatedEarly = p.get(`${line}/TERMINATED`);
  return { key, label, contracts, terminatedEarly, rate: share(terminatedEarly, contracts) };
}

/** A group is named by the occupations of the catalogue in it (KldB has no short group names). */
const groupLabel = (system: ContractSystem, group: string) =>
  system.occupations.filter((o) => occupationGroup(o.kldb) === group).map((o) => o.title).join(' · ');

/** The early-termination report, cut from the cohort's protected contract system. */
export function earlyTerminationReport(system: ContractSystem, year: number): EarlyTerminationReport {
  const p = system.counts;
  const total = row(p, 'total', 'TOTAL', 'total');
  const first = p.get('total/FIRST_TERMINATED');
  const reEntered = p.get('reentry/RE_ENTERED');
  const closed = p.get('reentry/CLOSED');
  const layers = system.layers.map((l) => row(p, layerLine(l.key), l.key, l.label));
  return {
    cohortYear: year,
    contracts: total.contracts,
    terminatedEarly: total.terminatedEarly,
    rate: total.rate,
    layers,
    byOccupationGroup: system.groups.map((g) => row(p, groupLine(g), g, groupLabel(system, g))),
    byQualification: QUALIFICATIONS.map((q) => row(p, qualLine(q.key), q.key, q.label)),
    reEntry: {
      referenceDate: system.referenceDate,
      firstContractEndedEarly: first,
      windowClosed: closed,
      reEnteredWithin12Months: reEntered,
      notReEntered: p.get('reentry/NOT_RE_ENTERED'),
      windowOpen: p.get('reentry/OPEN'),
      reEnteredSoFar: p.get('reentry/OPEN_RE_ENTERED'),
      notYetReEntered: p.get('reentry/OPEN_NOT_YET'),
      // Over closed windows only: an open window without a new contract is not (yet) a failure.
      reEntryRate: share(reEntered, closed),
    },
  };
}
