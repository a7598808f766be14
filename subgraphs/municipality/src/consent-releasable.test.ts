import { describe, expect, it } from 'vitest';
import { DataCategory } from '@kassel-hub/kit';
import { unreleasableParts } from './consent-releasable';

describe('what the consent register refuses to record', () => {
  it('a category for a purpose its owner never releases: youth welfare measures for career guidance', () => {
    expect(unreleasableParts('CAREER_GUIDANCE', ['employment'], [DataCategory.YOUTH_WELFARE_MEASURES])).toEqual(['YOUTH_WELFARE_MEASURES → employment']);
  });

  it('a category to a recipient its owner never releases it to, naming each such part', () => {
    expect(unreleasableParts('TRANSITION_SUPPORT', ['schools', 'chambers', 'coordination'], [DataCategory.BENEFITS, DataCategory.SCHOOL_CAREER])).toEqual([
      'BENEFITS → schools',
      'BENEFITS → chambers',
    ]);
  });

  it('nothing, for a consent within the owners\' rules, and passes over the owner of a category', () => {
    expect(unreleasableParts('TRANSITION_SUPPORT', ['schools', 'employment', 'coordination'], [DataCategory.YOUTH_WELFARE_MEASURES, DataCategory.SCHOOL_CAREER])).toEqual([]);
    expect(unreleasableParts('CAREER_GUIDANCE', ['employment'], [DataCategory.GUIDANCE])).toEqual([]);
  });

  it('a monitoring consent naming anyone but the coordination office', () => {
    expect(unreleasableParts('MONITORING', ['coordination'], Object.values(DataCategory))).toEqual([]);
    expect(unreleasableParts('MONITORING', ['coordination', 'schools'], [DataCategory.RESIDENCE])).toEqual(['panel → schools']);
  });
});
