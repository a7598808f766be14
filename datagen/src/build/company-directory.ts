import type { Random } from '../random';
import type { Company } from '../types';

/** Looks up the companies that train in an occupation (for internships, which have no intake limit). */
export class CompanyDirectory {
  private readonly byOccupation = new Map<string, Company[]>();

  constructor(companies: readonly Company[]) {
    for (const c of companies) {
      for (const k of c.occupations) {
        const list = this.byOccupation.get(k);
        if (list) list.push(c);
        else this.byOccupation.set(k, [c]);
      }
    }
  }

  /** a random company training in the occupation, or undefined when none does */
  pick(random: Random, kldb: string): Company | undefined {
    const list = this.byOccupation.get(kldb);
    return list && list.length > 0 ? random.pick(list) : undefined;
  }
}
