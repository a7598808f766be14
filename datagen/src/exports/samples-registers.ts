import { APPRENTICESHIP_OCCUPATIONS } from '@kassel-hub/reference';
import { DISTRICT_BY_CODE } from '../catalogue/districts';
import { OCCUPATION_BY_KLDB } from '../catalogue/occupations';
import type { Chamber, KasselData } from '../types';
import { germanDate } from './german-csv';
import { CHAMBER_LABEL, SCHOOL_TYPE_LABEL } from './labels';
import { sample, type SampleExport } from './sample-export';

/*
 * The registers a production hub starts from (it has no seed): the schools' register and the
 * chambers' occupations, training companies and entitlements. Imported into a hub seeded with the
 * same world they change little, because the seed holds the same registers.
 */

const ROWS = 300;

/** Every school, one of them moved to another district, and one newly opened school. */
export function schoolRegisterSample(world: KasselData): SampleExport {
  const moved = 4;
  const rows = world.schools.map((s, i) => {
    const district = i === moved ? (s.districtCode === '01' ? '02' : '01') : s.districtCode;
    // The school authority's register names the district, not its code.
    return [s.id, s.name, SCHOOL_TYPE_LABEL[s.type], DISTRICT_BY_CODE.get(district)!.name];
  });
  rows.push([`S${String(world.schools.length + 1).padStart(3, '0')}`, 'Berufliche Schule am Lindenring', SCHOOL_TYPE_LABEL.BERUFSFACHSCHULE, DISTRICT_BY_CODE.get('16')!.name]);
  return sample('schools', 'school-register', 'utf8-bom', { header: ['Schulnummer', 'Schule', 'Schulform', 'Stadtteil'], rows }, 1, 1);
}

/**
 * Every occupation the world's chambers register, with title and chamber for the cross-check, and
 * two more of the reference list that the chambers now register as well: one under a code not yet
 * registered, one under a registered code that classifies several recognised occupations.
 */
export function occupationsSample(world: KasselData): SampleExport {
  const rows = world.occupations.map((o) => [o.kldb, o.title, CHAMBER_LABEL[o.chamber]]);
  const registered = new Set(world.occupations.map((o) => o.kldb));
  const titles = new Set(world.occupations.map((o) => o.title));
  const byChamber = APPRENTICESHIP_OCCUPATIONS.filter((o) => o.body === 'IHK' || o.body === 'HWK');
  const newCode = byChamber.find((o) => !registered.has(o.kldb))!;
  const sharedCode = byChamber.find((o) => registered.has(o.kldb) && !titles.has(o.title))!;
  for (const added of [newCode, sharedCode]) rows.push([added.kldb, added.title, CHAMBER_LABEL[added.body as Chamber]]);
  return sample('chambers', 'occupations', 'utf8-bom', { header: ['KldB', 'Ausbildungsberuf', 'Kammer'], rows }, 2, 0);
}

/** The first companies of the register: three moved to another district, two newly registered. */
export function companiesSample(world: KasselData): SampleExport {
  const companies = world.companies.slice(0, ROWS - 2);
  const moved = (i: number) => i % 100 === 42;
  const rows = companies.map((c, i) => [c.id, c.name, CHAMBER_LABEL[c.chamber], moved(i) ? (c.districtCode === '23' ? '01' : String(Number(c.districtCode) + 1).padStart(2, '0')) : c.districtCode]);
  const next = (n: number) => `C${String(world.companies.length + n).padStart(4, '0')}`;
  rows.push([next(1), 'Ausbildungsverbund Nordstadt gGmbH', CHAMBER_LABEL.IHK, '11'], [next(2), 'Tischlerei Brückenhof GmbH', CHAMBER_LABEL.HWK, '23']);
  return sample('chambers', 'companies', 'utf8-bom', { header: ['Betriebsnummer', 'Betrieb', 'Kammer', 'Stadtteil'], rows }, 2, companies.filter((_, i) => moved(i)).length);
}

/**
 * Entitlements of the first companies: three companies gained one more occupation of their chamber;
 * one company, which trained no one in its first occupation, had that entitlement withdrawn.
 */
export function entitlementsSample(world: KasselData): SampleExport {
  const links = world.companies.flatMap((c) => c.occupations.map((kldb) => ({ company: c, kldb })));
  const row = (company: KasselData['companies'][number], kldb: string, withdrawnOn = '') => [company.id, company.name, kldb, OCCUPATION_BY_KLDB.get(kldb)!.title, withdrawnOn];
  const trained = new Set(world.contracts.map((c) => `${c.companyId}|${c.occupationKldb}`));
  const kept = links.slice(0, ROWS - 3);
  // Withdrawn at the start of the data, so that no generated contract lies after it.
  const withdrawn = kept.findIndex(({ company, kldb }) => !trained.has(`${company.id}|${kldb}`));
  const rows = kept.map(({ company, kldb }, i) => row(company, kldb, i === withdrawn ? germanDate(`${Math.min(...world.cohortYears)}-01-01`) : ''));
  const gained = world.companies
    .slice(0, 60)
    .filter((_, i) => i % 20 === 5)
    .map((company) => ({ company, kldb: world.occupations.find((o) => o.chamber === company.chamber && !company.occupations.includes(o.kldb))!.kldb }));
  for (const { company, kldb } of gained) rows.push(row(company, kldb));
  const header = ['Betriebsnummer', 'Betrieb', 'KldB', 'Ausbildungsberuf', 'Entzogen am'];
  return sample('chambers', 'entitlements', 'utf8-bom', { header, rows }, gained.length, withdrawn >= 0 ? 1 : 0);
}
