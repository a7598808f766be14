import { describe, expect, it } from 'vitest';
import { assertDistrictCode, assertPage, assertPseudonym } from './validate';
import { LocalDate } from './scalars';

describe('argument validation', () => {
  it('accepts a pseudonym in the issued format and refuses anything else with INVALID_PSEUDONYM', () => {
    expect(assertPseudonym('YQ0S8Z1G3RPRR')).toBe('YQ0S8Z1G3RPRR');
    for (const bad of ['', 'Y123', 'YQ0S8Z1G3RPRI', 'yq0s8z1g3rprr', 'Anna Schmidt 2008-01-01']) {
      expect(() => assertPseudonym(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_PSEUDONYM' }) }));
    }
  });

  it('knows exactly the 23 district codes', () => {
    expect(assertDistrictCode('01')).toBe('01');
    expect(assertDistrictCode('23')).toBe('23');
    for (const bad of ['00', '24', '1', 'Mitte']) {
      expect(() => assertDistrictCode(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNKNOWN_DISTRICT' }) }));
    }
  });

  it('refuses page sizes outside 1–500 and negative offsets', () => {
    expect(assertPage(50, 0)).toEqual({ limit: 50, offset: 0 });
    for (const [first, offset] of [[0, 0], [-1, 0], [501, 0], [10, -1]]) {
      expect(() => assertPage(first, offset)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_PAGE_SIZE' }) }));
    }
  });

  it('LocalDate accepts real calendar dates only', () => {
    expect(LocalDate.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => LocalDate.parseValue('2025-02-29')).toThrow();
    expect(() => LocalDate.parseValue('29.02.2024')).toThrow();
  });
});
