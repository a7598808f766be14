import { describe, expect, it } from 'vitest';
import { CATEGORY_DIRECTORY, PARTNER_NAMES, PARTNERS, READ_PURPOSES } from '@kassel-hub/protocol';
import { categoryOwner, consentMayRelease, DataCategory } from './categories';

describe('data categories, as the partners\' manifests declare them', () => {
  it('are the generated directory\'s, each owned by a registered partner', () => {
    expect(Object.keys(DataCategory)).toEqual(Object.keys(CATEGORY_DIRECTORY));
    for (const c of Object.values(DataCategory)) expect(PARTNER_NAMES).toContain(categoryOwner(c));
  });

  it('a consent releases a category only for a purpose its owner\'s rules name', () => {
    for (const c of Object.values(DataCategory)) {
      // No manifest lets a consent open person-level data for monitoring: the panel gives counts only.
      expect(consentMayRelease(c, 'coordination', 'MONITORING'), c).toBe(false);
      const rules: readonly { recipients: readonly string[]; purposes: readonly string[] }[] = CATEGORY_DIRECTORY[c].consentReleases;
      for (const r of PARTNERS) {
        for (const p of READ_PURPOSES) expect(consentMayRelease(c, r, p), `${c} ${r} ${p}`).toBe(rules.some((x) => x.recipients.includes(r) && x.purposes.includes(p)));
      }
    }
  });

  it('no rule names the owner as a recipient of its own category, which it reads without consent', () => {
    for (const c of Object.values(DataCategory)) {
      for (const p of READ_PURPOSES) expect(consentMayRelease(c, categoryOwner(c), p), `${c} ${p}`).toBe(false);
    }
  });
});
