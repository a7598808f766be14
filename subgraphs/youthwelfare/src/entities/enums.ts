import { registerEnumType } from 'type-graphql';

/**
 * Youth vocational assistance (Jugendsozialarbeit, §13 SGB VIII) the youth welfare office runs or
 * funds. Measures of the employment agency (SGB III) and the Jobcenter (SGB II) stay with them.
 */
export enum WelfareMeasure {
  JUGENDWERKSTATT = 'JUGENDWERKSTATT',
  SOCIAL_PEDAGOGICAL_SUPPORT = 'SOCIAL_PEDAGOGICAL_SUPPORT',
  SUPPORTED_YOUTH_HOUSING = 'SUPPORTED_YOUTH_HOUSING',
}

registerEnumType(WelfareMeasure, {
  name: 'WelfareMeasure',
  description: 'A measure of youth vocational assistance (Jugendsozialarbeit, §13 SGB VIII).',
  valuesConfig: {
    JUGENDWERKSTATT: { description: 'Jugendwerkstatt (§13 (2) SGB VIII): training and work in a workshop with social-pedagogical support, for young people whom no other offer reaches.' },
    SOCIAL_PEDAGOGICAL_SUPPORT: { description: 'Social-pedagogical support towards school, training and work (§13 (1) SGB VIII), e.g. counselling of young people who have left school without a next step.' },
    SUPPORTED_YOUTH_HOUSING: { description: 'Socially and pedagogically supported youth housing during school or training (§13 (3) SGB VIII).' },
  },
});
