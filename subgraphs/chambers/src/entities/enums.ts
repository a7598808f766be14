import { registerEnumType } from 'type-graphql';

/** The competent bodies (§71 BBiG) whose registers this subgraph holds. */
export enum Chamber {
  IHK = 'IHK',
  HWK = 'HWK',
}

/** Requirement level of an occupation: the 5th digit of its KldB 2010 code. */
export enum SkillLevel {
  HELPER = 'HELPER',
  SPECIALIST = 'SPECIALIST',
  COMPLEX = 'COMPLEX',
  HIGHLY_COMPLEX = 'HIGHLY_COMPLEX',
}

/** Who ended a training contract before its planned end. */
export enum TerminationReason {
  BY_TRAINEE = 'BY_TRAINEE',
  BY_EMPLOYER = 'BY_EMPLOYER',
  MUTUAL = 'MUTUAL',
  OTHER = 'OTHER',
}

registerEnumType(Chamber, {
  name: 'Chamber',
  description: 'Chamber that registers a training contract (competent body under §71 BBiG / HwO).',
  valuesConfig: {
    IHK: { description: 'IHK Kassel-Marburg (Chamber of Industry and Commerce).' },
    HWK: { description: 'Handwerkskammer Kassel (Chamber of Crafts).' },
  },
});
registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'Requirement level (Anforderungsniveau) of an occupation, the 5th digit of its KldB 2010 code.',
  valuesConfig: {
    HELPER: { description: '1: helper and semi-skilled activities (Helfer).' },
    SPECIALIST: { description: '2: skilled activities, usually after an apprenticeship (Fachkraft).' },
    COMPLEX: { description: '3: complex specialist activities, e.g. master craftsman (Spezialist).' },
    HIGHLY_COMPLEX: { description: '4: highly complex activities, usually after university (Experte).' },
  },
});
registerEnumType(TerminationReason, {
  name: 'TerminationReason',
  description: 'Who ended a training contract early (Vertragslösung).',
  valuesConfig: {
    BY_TRAINEE: { description: 'Notice given by the trainee.' },
    BY_EMPLOYER: { description: 'Notice given by the training company.' },
    MUTUAL: { description: 'Ended by mutual agreement (Aufhebungsvertrag).' },
    OTHER: { description: 'Other or unrecorded reason, e.g. the company closed.' },
  },
});
