import { registerEnumType } from 'type-graphql';

/** How a transition manager's case ended. */
export enum CaseOutcome {
  APPRENTICESHIP = 'APPRENTICESHIP',
  TRANSITION_SYSTEM = 'TRANSITION_SYSTEM',
  FURTHER_SCHOOL = 'FURTHER_SCHOOL',
  DROPPED_OUT = 'DROPPED_OUT',
  MOVED_AWAY = 'MOVED_AWAY',
  OTHER = 'OTHER',
}

/** Youth-welfare measures of the city (SGB VIII). */
export enum WelfareMeasure {
  JUGENDWERKSTATT = 'JUGENDWERKSTATT',
}

registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: 'Outcome recorded when a transition case is closed.' });
registerEnumType(WelfareMeasure, {
  name: 'WelfareMeasure',
  description: 'Youth-welfare measure run by the city.',
  valuesConfig: { JUGENDWERKSTATT: { description: 'Jugendwerkstatt: production-school style workshop (§13 SGB VIII).' } },
});
