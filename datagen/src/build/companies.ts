import { DISTRICTS } from '../catalogue/districts';
import { LEGAL_FORMS, SURNAMES, TRADE_WORDS } from '../catalogue/names';
import { OCCUPATIONS, OCCUPATION_PROFILES } from '../catalogue/occupations';
import type { Random } from '../random';
import type { Chamber, Company } from '../types';
import { idSequence } from './ids';

const COMPANIES_AT_SCALE_1 = 1500;
const SHARE_IHK = 0.6;

/** business locations: the centre and the industrial east and south host more training firms */
const BUSINESS_WEIGHT: Record<string, number> = { '01': 3, '16': 2.5, '18': 2.5, '19': 1.5, '23': 1.5, '20': 1.2 };
const DISTRICT_WEIGHTS = DISTRICTS.map((d) => d.population * (BUSINESS_WEIGHT[d.code] ?? 1));

const OCCUPATIONS_BY_CHAMBER: Record<Chamber, string[]> = {
  IHK: OCCUPATIONS.filter((o) => o.chamber === 'IHK').map((o) => o.kldb),
  HWK: OCCUPATIONS.filter((o) => o.chamber === 'HWK').map((o) => o.kldb),
};

/** Training companies, each training 1–3 occupations of its own chamber. */
export function buildCompanies(random: Random, scale: number): Company[] {
  const count = Math.max(60, Math.round(COMPANIES_AT_SCALE_1 * scale));
  const nextId = idSequence('C', 4);
  const names = new Set<string>();
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const chamber: Chamber = random.chance(SHARE_IHK) ? 'IHK' : 'HWK';
    const pool = OCCUPATIONS_BY_CHAMBER[chamber];
    const howMany = random.weighted([1, 2, 3], [0.5, 0.33, 0.17]);
    const occupations: string[] = [];
    while (occupations.length < howMany) {
      const kldb = random.weighted(pool, pool.map((k) => (occupations.includes(k) ? 0 : OCCUPATION_PROFILES[k]!.demand)));
      occupations.push(kldb);
    }
    const districtCode = random.weighted(DISTRICTS, DISTRICT_WEIGHTS).code;
    companies.push({ id: nextId(), name: uniqueName(random, occupations[0]!, names), chamber, districtCode, occupations });
  }
  ensureEveryOccupationIsTrained(random, companies);
  return companies;
}

function uniqueName(random: Random, kldb: string, taken: Set<string>): string {
  const trade = TRADE_WORDS[kldb] ?? ['Betrieb'];
  let name = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    name = [random.pick(trade), random.pick(SURNAMES), random.pick(LEGAL_FORMS)].filter(Boolean).join(' ');
    if (!taken.has(name)) break;
  }
  // at large scales the word lists run out: number the duplicates like branch offices
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (Betrieb ${n})`;
  taken.add(candidate);
  return candidate;
}

/** At small scales a rare occupation might get no company; give it one so contracts can be placed. */
function ensureEveryOccupationIsTrained(random: Random, companies: Company[]): void {
  for (const o of OCCUPATIONS) {
    if (companies.some((c) => c.occupations.includes(o.kldb))) continue;
    const sameChamber = companies.filter((c) => c.chamber === o.chamber);
    if (sameChamber.length === 0) continue;
    const roomy = sameChamber.filter((c) => c.occupations.length < 3);
    random.pick(roomy.length > 0 ? roomy : sameChamber).occupations.push(o.kldb);
  }
}
