import type { ReleaseRule } from '@kassel-hub/governance';

/**
 * Youth-welfare data leave the office only for youth welfare itself and for the city's transition
 * support (the Jugendberufsagentur's joint case work), never for career guidance or placement:
 * §65 SGB VIII protects what a young person entrusted to youth welfare beyond other social data,
 * and the consent form offers the category for these two purposes only (docs/partners.md).
 */
export const WELFARE_MEASURES_RELEASE: ReleaseRule = { purposes: ['YOUTH_WELFARE', 'TRANSITION_SUPPORT'] };
