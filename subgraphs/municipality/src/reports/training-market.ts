import type { ApplicantMarket, ProtectedCount } from '@kassel-hub/governance';
import { roundRate } from './destinations';
import type { TrainingMarket } from './training-market.type';

/** A sum of published counts; null when any is hidden. */
const sum = (...cells: ProtectedCount[]): number | null => (cells.some((c) => c.value === null) ? null : cells.reduce((a, c) => a + c.value!, 0));
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : roundRate(a / b));

/**
 * Applicants who did not enter training. Read as all applicants minus the placed ones when both
 * are shown (that is the BIBB definition, and it survives a hidden small category), else as the
 * sum of the four other statuses.
 */
function notEntered(m: ApplicantMarket): number | null {
  if (m.applicants.value !== null && m.placed.value !== null) return m.applicants.value - m.placed.value;
  return sum(m.alternativeSearching, m.otherFormer, m.unplaced, m.unknown);
}

/**
 * BIBB's ratios (Datenreport, indicator descriptions): the offer is the new contracts plus the
 * places unfilled on 30 September; the traditional demand the new contracts plus the unplaced
 * applicants; the extended demand adds those who are in an alternative and still search. The EQI
 * relates the new contracts to everyone institutionally recorded as interested in training.
 */
export function trainingMarket(newContracts: ProtectedCount, m: ApplicantMarket): TrainingMarket {
  const offer = sum(newContracts, m.unfilledPlaces);
  const demand = sum(newContracts, m.unplaced);
  const extendedDemand = sum(newContracts, m.unplaced, m.alternativeSearching);
  const stillOut = notEntered(m);
  const interested = newContracts.value === null || stillOut === null ? null : newContracts.value + stillOut;
  return {
    offer,
    demand,
    extendedDemand,
    anr: ratio(offer, demand),
    anrExtended: ratio(offer, extendedDemand),
    interested,
    eqi: ratio(newContracts.value, interested),
  };
}
