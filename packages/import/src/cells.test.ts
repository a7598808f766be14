import { describe, expect, it } from 'vitest';
import { apprenticeshipKldbCell, occupationTitle, occupationTitles } from './cells';

describe('occupation cells', () => {
  it('accepts the code of any recognised occupation and refuses codes of none', () => {
    expect(apprenticeshipKldbCell('62102')).toBe('62102');
    expect(apprenticeshipKldbCell('21212')).toBe('21212'); // Aufbereitungsmechaniker/in, Naturwerksteinmechaniker/in
    expect(() => apprenticeshipKldbCell('99999')).toThrow(/no recognised apprenticeship occupation/);
  });

  it('knows every title a shared code stands for, the principal occupation first', () => {
    expect(occupationTitle('62102')).toBe('Kaufmann/Kauffrau im Einzelhandel');
    expect(occupationTitles('62102')).toEqual(['Kaufmann/Kauffrau im Einzelhandel', 'Verkäufer/in']);
    expect(occupationTitles('25212')).toEqual(['Kraftfahrzeugmechatroniker/in', 'Karosserie- und Fahrzeugbaumechaniker/in']);
    expect(occupationTitles('99999')).toEqual([]);
  });
});
