import { describe, expect, it } from 'vitest';
import { consentMayRelease, DataCategory } from '@kassel-hub/kit';
import { PARTNERS, READ_PURPOSES } from '@kassel-hub/protocol';

/** Every `recipient purpose` pair a consent may open for a category, as the owners' manifests state them. */
const released = (category: DataCategory) =>
  PARTNERS.flatMap((r) => READ_PURPOSES.filter((p) => consentMayRelease(category, r, p)).map((p) => `${r} ${p}`)).sort();
const sorted = (table: Record<string, string[]>) => Object.fromEntries(Object.entries(table).map(([c, pairs]) => [c, [...pairs].sort()]));

const JOINT = 'TRANSITION_SUPPORT';

/*
 * The release rules as the law gives them (docs/partners.md, "Release rules"), written out in full:
 * a rule widened or narrowed in a manifest fails here until this table and the docs say why.
 */
describe('consent release rules of the owners', () => {
  it('release each category only to the partners whose task the purpose is', () => {
    expect(Object.fromEntries(Object.values(DataCategory).map((c) => [c, released(c)]))).toEqual(sorted({
      RESIDENCE: [`coordination ${JOINT}`, `schools ${JOINT}`, `employment ${JOINT}`, 'employment CAREER_GUIDANCE', 'employment TRAINING_PLACEMENT', `chambers ${JOINT}`, 'chambers TRAINING_PLACEMENT', `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      CASE_WORK: [`coordination ${JOINT}`, `schools ${JOINT}`, `employment ${JOINT}`, 'employment CAREER_GUIDANCE', `chambers ${JOINT}`, `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      SCHOOL_CAREER: [`coordination ${JOINT}`, `employment ${JOINT}`, 'employment CAREER_GUIDANCE', 'employment TRAINING_PLACEMENT', `chambers ${JOINT}`, 'chambers TRAINING_PLACEMENT', `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      GUIDANCE: [`coordination ${JOINT}`, `schools ${JOINT}`, `chambers ${JOINT}`, `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      APPLICATIONS: [`coordination ${JOINT}`, `schools ${JOINT}`, `chambers ${JOINT}`, 'chambers TRAINING_PLACEMENT', `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      BENEFITS: [`coordination ${JOINT}`, `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      TRAINING: [`coordination ${JOINT}`, `schools ${JOINT}`, `employment ${JOINT}`, 'employment CAREER_GUIDANCE', 'employment TRAINING_PLACEMENT', `youthwelfare ${JOINT}`, 'youthwelfare YOUTH_WELFARE'],
      YOUTH_WELFARE_MEASURES: [`coordination ${JOINT}`, `schools ${JOINT}`, `employment ${JOINT}`],
    }));
  });

  it('keep what a young person entrusted to youth welfare out of guidance, placement and the chambers (§65 SGB VIII)', () => {
    for (const p of ['CAREER_GUIDANCE', 'TRAINING_PLACEMENT', 'YOUTH_WELFARE'] as const) {
      for (const r of PARTNERS) expect(consentMayRelease(DataCategory.YOUTH_WELFARE_MEASURES, r, p), `${r} ${p}`).toBe(false);
    }
    expect(consentMayRelease(DataCategory.YOUTH_WELFARE_MEASURES, 'chambers', JOINT)).toBe(false);
  });

  it('never tell a school or a chamber that a household receives SGB II', () => {
    for (const r of ['schools', 'chambers']) for (const p of READ_PURPOSES) expect(consentMayRelease(DataCategory.BENEFITS, r, p)).toBe(false);
  });
});
