import { PARTNERS, PURPOSES, type Partner, type Purpose as PurposeName } from '@kassel-hub/protocol';
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

registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: 'Outcome recorded when a transition case is closed.' });

/** Who declared a consent: the young person from age 15, a guardian before. */
export enum ConsentGiver {
  YOUNG_PERSON = 'YOUNG_PERSON',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(ConsentGiver, {
  name: 'ConsentGiver',
  description: 'Who gave a consent: the young person (from age 15) or a legal guardian.',
});

/** GraphQL enums over the kit's purpose and partner lists, so the schema names every value. */
export const Purpose = Object.fromEntries(PURPOSES.map((p) => [p, p])) as { [K in PurposeName]: K };
export const Recipient = Object.fromEntries(PARTNERS.filter((p) => p !== 'municipality').map((p) => [p, p])) as {
  [K in Exclude<Partner, 'municipality'>]: K;
};
registerEnumType(Purpose, {
  name: 'Purpose',
  description: 'Purpose of processing that a consent names. A person-level request states one of them in the header x-hub-purpose, never MONITORING.',
  valuesConfig: {
    TRANSITION_SUPPORT: { description: 'Individual support in the transition from school to work.' },
    CAREER_GUIDANCE: { description: 'Career guidance by the employment agency.' },
    TRAINING_PLACEMENT: { description: 'Placement into an apprenticeship.' },
    YOUTH_WELFARE: { description: 'Youth-welfare support (SGB VIII).' },
    MONITORING: { description: 'The coordination office\'s monitoring of a leaving cohort: aggregates only, never a person-level answer; refused as a request purpose (PURPOSE_AGGREGATES_ONLY).' },
  },
});
registerEnumType(Recipient, { name: 'Recipient', description: 'A partner that may receive data under a consent.' });
