import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS, generate, OCCUPATION_BY_KLDB, type TrainingContract } from '@kassel-hub/datagen';
import { joinsPanel, monitoringValidUntil } from '../subgraphs/municipality/src/seed/seed';
import { startTestHub, type TestHub } from './support/hub';
import { destinationColumn, knownAt, leaverRecords } from './support/leaver-status';

/*
 * The coordination office's reports, checked against the generated world itself: every expected
 * figure below is recomputed here from `generate()` (only panel membership is taken from the seed's
 * rule), never through the report code. Where the true count is 1 or 2 the cell must be hidden; every
 * shown cell must equal the true count; every rate must follow from shown counts or be null.
 */

const SCALE = 1; // large enough that most district and occupation cells are shown (at 26 % direct transition, 0.5 is not)
const YEAR = 2025; // recent: its panel consents and its transition-manager consents are in force
const TODAY = new Date().toISOString().slice(0, 10);
const world = generate({ seed: 2014, scale: SCALE });

// ---- the panel as the partners hold it, rebuilt from the world -------------------------------

const SECTORS = new Set(['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY']);
const byPerson = <T extends { pseudonym: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.pseudonym, [...(m.get(r.pseudonym) ?? []), r]);
  return m;
};
const youth = new Map(world.youth.map((y) => [y.pseudonym, y]));
const [contractsOf, guidanceOf, measuresOf, welfareOf] = [world.contracts, world.guidance, world.measures, world.welfare].map((rows) => byPerson(rows as { pseudonym: string }[]));
const applicantOf = new Map(world.applicants.filter((a) => a.reportYear === YEAR).map((a) => [a.pseudonym, a]));
const withCase = new Set(world.cases.map((c) => c.pseudonym));
const recordsOf = leaverRecords(world);

const panel = world.pupils
  .filter((p) => p.cohortYear === YEAR && joinsPanel(p.pseudonym))
  .map((p) => {
    const y = youth.get(p.pseudonym)!;
    const contracts = (contractsOf.get(p.pseudonym) ?? []) as TrainingContract[];
    const guidance = (guidanceOf.get(p.pseudonym) ?? []) as (typeof world.guidance)[number][];
    const measures = (measuresOf.get(p.pseudonym) ?? []) as (typeof world.measures)[number][];
    const applicant = applicantOf.get(p.pseudonym) ?? null;
    return {
      ...p,
      sex: y.sex,
      nonGerman: y.nationalityGroup === 'non_german',
      district: y.districtCode ?? '99',
      sgb2: y.sgb2,
      nextStep: SECTORS.has(y.destination) ? y.destination : null,
      contracts,
      guidance,
      measures,
      welfare: (welfareOf.get(p.pseudonym) ?? []) as (typeof world.welfare)[number][],
      applicant,
      hasCase: withCase.has(p.pseudonym),
      records: recordsOf(p),
    };
  });
type Member = (typeof panel)[number];

const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0);
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const districtKeys = [...DISTRICTS.map((d) => d.code), '99'];
const addMonths = (iso: string, months: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
};

// ---- disclosure-aware comparison ---------------------------------------------------------------

interface Cell {
  value: number | null;
  suppressed: boolean;
}

/** Compares published cells with true counts and remembers how many were hidden for being 1 or 2. */
class Published {
  shown = 0;
  hidden = 0;
  hiddenSmall = 0;

  cell(cell: Cell, truth: number, where: string) {
    if (cell.suppressed) {
      expect(cell.value, where).toBeNull();
      this.hidden++;
      if (truth === 1 || truth === 2) this.hiddenSmall++;
    } else {
      expect(cell.value, where).toBe(truth);
      expect(truth === 1 || truth === 2, `${where}: a count of ${truth} is shown`).toBe(false);
      this.shown++;
    }
  }

  /** A rate is part ÷ base of shown counts; null when either is hidden (or the base is 0). */
  rate(rate: number | null, part: [Cell, number], base: [Cell, number], where: string) {
    if (part[0].suppressed || base[0].suppressed || base[1] === 0) expect(rate, where).toBeNull();
    else expect(rate, where).toBe(round4(part[1] / base[1]));
  }

  /** A rate whose counts this report does not show: null, or the true ratio; always null when the part is 1 or 2. */
  derivedRate(rate: number | null, part: number, base: number, where: string) {
    if (part === 1 || part === 2) {
      expect(rate, `${where}: rate of a hidden count`).toBeNull();
      this.hiddenSmall++;
    }
    if (rate !== null) {
      expect(rate, where).toBe(round4(part / base));
      this.shown++;
    } else this.hidden++;
  }

  /** The report hid at least one true 1 or 2 and still showed most of what it could. */
  expectUseful() {
    expect(this.hiddenSmall, 'some cell with a true count of 1 or 2 is hidden').toBeGreaterThan(0);
    expect(this.shown, 'most cells are shown').toBeGreaterThan(this.hidden);
  }
}

const CELL = '{ value suppressed }';

// ---- independent definitions -----------------------------------------------------------------

const cutoff = `${YEAR}-12-31`;
/** The README's definition, in `support/leaver-status.ts` (other: a dated record after leaving). */
const destination = (m: Member) => destinationColumn(m.records, cutoff);
const DESTINATIONS = ['apprenticeship', 'transitionSystem', 'furtherSchool', 'university', 'other', 'unknown'] as const;

const newContract = (m: Member) => m.contracts.some((c) => c.startDate >= `${YEAR}-08-01` && c.startDate <= `${YEAR}-12-31`);
const inMarket = (m: Member) => m.applicant !== null || newContract(m);
// BIBB's EQI: new contracts ÷ (new contracts + registered applicants who did not enter training,
// i.e. whose status on 30 September is anything but placed)
const notEntered = (m: Member) => !newContract(m) && m.applicant !== null && m.applicant.outcome !== 'PLACED';
const market = (ms: Member[]) => {
  const i = ms.filter(inMarket);
  return {
    applicantsOrNewContracts: i.length,
    interested: count(i, (m) => newContract(m) || notEntered(m)),
    newContracts: count(i, newContract),
    notEntered: count(i, notEntered),
    applicants: count(i, (m) => m.applicant !== null),
    unplaced: count(i, (m) => m.applicant?.outcome === 'UNPLACED'),
    unknown: count(i, (m) => m.applicant?.outcome === 'UNKNOWN'),
  };
};
const inDistrict = (d: string) => panel.filter((m) => m.district === d);

/** Known by `months` after the member's own leaving date: the destinations report's "not unknown". */
const knownBy = (m: Member, months: number) => knownAt(m.records, addMonths(m.leavingDate, months));

function duncan(choices: { kldb: string; sex: string }[]) {
  const f = new Map<string, number>();
  const mm = new Map<string, number>();
  for (const c of choices) {
    if (c.sex === 'female') f.set(c.kldb, (f.get(c.kldb) ?? 0) + 1);
    if (c.sex === 'male') mm.set(c.kldb, (mm.get(c.kldb) ?? 0) + 1);
  }
  const F = [...f.values()].reduce((a, b) => a + b, 0);
  const M = [...mm.values()].reduce((a, b) => a + b, 0);
  if (F < 10 || M < 10) return null;
  const keys = new Set([...f.keys(), ...mm.keys()]);
  return Math.round([...keys].reduce((s, k) => s + Math.abs((f.get(k) ?? 0) / F - (mm.get(k) ?? 0) / M), 0) * 50) / 100;
}

// ---- the tests -------------------------------------------------------------------------------

describe('coordination reports on a cohort, through the gateway', () => {
  let hub: TestHub;
  let analyst: Record<string, string>;
  const report = async (selection: string, headers = analyst) => {
    const { body } = await hub.query(`query ($year: Int!) { cohort(year: $year) { year panelSize ${selection} } }`, { year: YEAR }, headers);
    return body;
  };
  const data = async (selection: string) => {
    const body = await report(selection);
    expect(body.errors).toBeUndefined();
    expect(body.data.cohort.panelSize).toBe(panel.length);
    return body.data.cohort;
  };

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    analyst = await hub.as('coordination', ['analyst']);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('destinations per district: the analyst sees the true counts, with 1s and 2s hidden', async () => {
    const c = await data(`destinations(by: DISTRICT) { rows { key ${DESTINATIONS.join(` ${CELL} `)} ${CELL} total ${CELL} directTransitionRate } }`);
    const p = new Published();
    for (const row of c.destinations.rows) {
      const ms = inDistrict(row.key);
      for (const d of DESTINATIONS) p.cell(row[d], count(ms, (m) => destination(m) === d), `${row.key}/${d}`);
      p.cell(row.total, ms.length, `${row.key}/total`);
      p.rate(row.directTransitionRate, [row.apprenticeship, count(ms, (m) => destination(m) === 'apprenticeship')], [row.total, ms.length], `${row.key} rate`);
    }
    expect(c.destinations.rows.map((r: { key: string }) => r.key)).toEqual(districtKeys);
    p.expectUseful();
  });

  it('entryIntoTraining: EQI (BIBB), unplaced and unknown applicants per district, split by SGB II, agree with the generated market', async () => {
    const cells = `{ applicantsOrNewContracts ${CELL} interested ${CELL} newContracts ${CELL} notEntered ${CELL} applicants ${CELL} unplaced ${CELL} unknown ${CELL} eqi unplacedShare unknownShare }`;
    const c = await data(`d: entryIntoTraining(by: DISTRICT) { rows { key all ${cells} withSgb2 ${cells} withoutSgb2 ${cells} } total { key all ${cells} withSgb2 ${cells} withoutSgb2 ${cells} } }
      city: entryIntoTraining(by: CITY) { rows { key all ${cells} withSgb2 ${cells} withoutSgb2 ${cells} } }`);
    const p = new Published();
    const compare = (got: any, ms: Member[], where: string) => {
      const t = market(ms);
      for (const k of ['applicantsOrNewContracts', 'interested', 'newContracts', 'notEntered', 'applicants', 'unplaced', 'unknown'] as const) p.cell(got[k], t[k], `${where}/${k}`);
      p.rate(got.eqi, [got.newContracts, t.newContracts], [got.interested, t.interested], `${where} EQI`);
      p.rate(got.unplacedShare, [got.unplaced, t.unplaced], [got.applicants, t.applicants], `${where} unplaced share`);
      p.rate(got.unknownShare, [got.unknown, t.unknown], [got.applicants, t.applicants], `${where} unknown share`);
    };
    const rows = [...c.d.rows.map((r: any) => [r, inDistrict(r.key)]), [c.d.total, panel]] as [any, Member[]][];
    for (const [row, ms] of rows) {
      compare(row.all, ms, `${row.key}`);
      compare(row.withSgb2, ms.filter((m) => m.sgb2), `${row.key} SGB II`);
      compare(row.withoutSgb2, ms.filter((m) => !m.sgb2), `${row.key} no SGB II`);
    }
    expect(c.d.rows.map((r: { key: string }) => r.key)).toEqual(districtKeys);
    // CITY and DISTRICT come from one protected system: the city row is the district table's total.
    expect(c.city.rows).toEqual([{ ...c.d.total, key: 'CITY' }]);
    // the BIBB base leaves out applicants placed without a new contract in the window: the EQI is not new contracts ÷ all in the market
    const city = market(panel);
    expect(city.interested).toBe(city.newContracts + city.notEntered);
    expect(city.notEntered).toBeGreaterThan(0);
    expect(c.d.total.all.eqi).toBe(round4(city.newContracts / city.interested));
    p.expectUseful();
  });

  it('earlyTerminations: layers by start year, occupation groups, qualifications and re-entry within 12 months', async () => {
    const row = `{ key contracts ${CELL} terminatedEarly ${CELL} rate }`;
    const c = await data(`earlyTerminations { contracts ${CELL} terminatedEarly ${CELL} rate layers ${row} byOccupationGroup ${row} byQualification ${row}
      reEntry { referenceDate firstContractEndedEarly ${CELL} windowClosed ${CELL} reEnteredWithin12Months ${CELL} notReEntered ${CELL} windowOpen ${CELL} reEnteredSoFar ${CELL} notYetReEntered ${CELL} reEntryRate } }`);
    const e = c.earlyTerminations;
    const p = new Published();
    const all = panel.flatMap((m) => m.contracts.map((k) => ({ ...k, qualification: m.qualification })));
    const compare = (got: any, cs: typeof all, where: string) => {
      const ended = count(cs, (k) => k.terminatedOn !== null);
      p.cell(got.contracts, cs.length, `${where}/contracts`);
      p.cell(got.terminatedEarly, ended, `${where}/terminated`);
      p.rate(got.rate, [got.terminatedEarly, ended], [got.contracts, cs.length], `${where} rate`);
    };
    compare(e, all, 'total');
    // layers: before the leaving year, the leaving year, the year after, and later years together
    const startYear = (k: (typeof all)[number]) => Number(k.startDate.slice(0, 4));
    const layers: [string, (y: number) => boolean][] = [
      [`<${YEAR}`, (y) => y < YEAR],
      [`${YEAR}`, (y) => y === YEAR],
      [`${YEAR + 1}`, (y) => y === YEAR + 1],
      [`${YEAR + 2}+`, (y) => y > YEAR + 1],
    ];
    expect(e.layers.map((r: any) => r.key)).toEqual(layers.map(([k]) => k));
    layers.forEach(([key, holds], i) => compare(e.layers[i], all.filter((k) => holds(startYear(k))), `layer ${key}`));
    // the pooled cohort rate is a share of the cohort's contracts, never the old sum of layer rates (76–107 %)
    expect(count(all, (k) => k.terminatedOn !== null) / all.length).toBeLessThan(0.5);
    const kldbs = new Set([...panel.flatMap((m) => m.contracts.map((k) => k.occupationKldb)), ...panel.flatMap((m) => m.guidance.flatMap((g) => (g.wishKldb ? [g.wishKldb] : [])))]);
    expect(e.byOccupationGroup.map((r: any) => r.key)).toEqual([...new Set([...kldbs].sort().map((k) => k.slice(0, 3)))]);
    for (const r of e.byOccupationGroup) compare(r, all.filter((k) => k.occupationKldb.startsWith(r.key)), `group ${r.key}`);
    expect(e.byQualification.map((r: any) => r.key)).toEqual(['NONE', 'FOERDER', 'HAUPT', 'HAUPT_QUALI', 'HAUPT_ERWEITERT', 'REAL', 'REAL_QUALI', 'FHR', 'ABITUR']);
    for (const r of e.byQualification) compare(r, all.filter((k) => k.qualification === r.key), `qualification ${r.key}`);

    // re-entry: members whose first contract ended early, and whether another began within 12 months;
    // a window is closed once the 12 months after the termination have passed by the reference date
    expect(e.reEntry.referenceDate).toBe(TODAY);
    const outcome = { reEnteredWithin12Months: 0, notReEntered: 0, reEnteredSoFar: 0, notYetReEntered: 0 };
    for (const m of panel) {
      const [first, ...later] = [...m.contracts].sort((a, b) => a.startDate.localeCompare(b.startDate));
      if (!first?.terminatedOn) continue;
      const end = addMonths(first.terminatedOn, 12);
      const reEntered = later.some((k) => k.startDate >= first.terminatedOn! && k.startDate <= end);
      if (end > TODAY) outcome[reEntered ? 'reEnteredSoFar' : 'notYetReEntered']++;
      else outcome[reEntered ? 'reEnteredWithin12Months' : 'notReEntered']++;
    }
    const closed = outcome.reEnteredWithin12Months + outcome.notReEntered;
    const open = outcome.reEnteredSoFar + outcome.notYetReEntered;
    p.cell(e.reEntry.firstContractEndedEarly, closed + open, 'first contracts ended early');
    p.cell(e.reEntry.windowClosed, closed, 'closed windows');
    p.cell(e.reEntry.windowOpen, open, 'open windows');
    for (const [k, v] of Object.entries(outcome)) p.cell(e.reEntry[k], v, `re-entry ${k}`);
    // the rate is over closed windows only: an open window without a new contract is no failure yet
    p.rate(e.reEntry.reEntryRate, [e.reEntry.reEnteredWithin12Months, outcome.reEnteredWithin12Months], [e.reEntry.windowClosed, closed], 're-entry rate');
    expect(outcome.reEnteredWithin12Months).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0); // the 2025 cohort's recent terminations: the case the rate must not count
    p.expectUseful();
  });

  it('genderSegregation: female shares per occupation for contracts and wishes, and the dissimilarity indices', async () => {
    const c = await data(`genderSegregation { rows { kldb title contracts ${CELL} femaleContracts ${CELL} femaleShareContracts wishes ${CELL} femaleWishes ${CELL} femaleShareWishes }
      total { contracts ${CELL} femaleContracts ${CELL} wishes ${CELL} femaleWishes ${CELL} }
      dissimilarityContracts dissimilarityWishes dissimilarityWithTransitionManager dissimilarityWithoutTransitionManager }`);
    const g = c.genderSegregation;
    const contracts = panel.flatMap((m) => m.contracts.map((k) => ({ kldb: k.occupationKldb, sex: m.sex, hasCase: m.hasCase })));
    // a wish counts once per member and occupation, however often it was recorded
    const wishes = panel.flatMap((m) => [...new Set(m.guidance.flatMap((x) => (x.wishKldb ? [x.wishKldb] : [])))].map((kldb) => ({ kldb, sex: m.sex })));
    const kldbs = [...new Set([...contracts, ...wishes].map((x) => x.kldb))].sort();
    expect(g.rows.map((r: any) => r.kldb)).toEqual(kldbs);
    const p = new Published();
    for (const r of [...g.rows, { ...g.total, kldb: null }]) {
      const mine = <T extends { kldb: string }>(xs: T[]) => (r.kldb === null ? xs : xs.filter((x) => x.kldb === r.kldb));
      const [k, kf, w, wf] = [mine(contracts).length, count(mine(contracts), (x) => x.sex === 'female'), mine(wishes).length, count(mine(wishes), (x) => x.sex === 'female')];
      p.cell(r.contracts, k, `${r.kldb} contracts`);
      p.cell(r.femaleContracts, kf, `${r.kldb} female contracts`);
      p.cell(r.wishes, w, `${r.kldb} wishes`);
      p.cell(r.femaleWishes, wf, `${r.kldb} female wishes`);
      if (r.kldb === null) continue;
      expect(r.title).toBe(OCCUPATION_BY_KLDB.get(r.kldb)!.title);
      p.rate(r.femaleShareContracts, [r.femaleContracts, kf], [r.contracts, k], `${r.kldb} female share of contracts`);
      p.rate(r.femaleShareWishes, [r.femaleWishes, wf], [r.wishes, w], `${r.kldb} female share of wishes`);
    }
    expect(g.dissimilarityContracts).toBe(duncan(contracts));
    expect(g.dissimilarityWishes).toBe(duncan(wishes));
    expect(g.dissimilarityWithTransitionManager).toBe(duncan(contracts.filter((x) => x.hasCase)));
    expect(g.dissimilarityWithoutTransitionManager).toBe(duncan(contracts.filter((x) => !x.hasCase)));
    expect(g.dissimilarityContracts).toBeGreaterThan(0.2); // the generator's occupations are strongly segregated
    p.expectUseful();
  });

  it('nonGermanShares: non-Germans among leavers, applicants and new contracts', async () => {
    const share = `{ total ${CELL} nonGerman ${CELL} share }`;
    const c = await data(`nonGermanShares { leavers ${share} applicants ${share} newContracts ${share} }`);
    const p = new Published();
    const populations = { leavers: panel, applicants: panel.filter((m) => m.applicant !== null), newContracts: panel.filter(newContract) };
    for (const [k, ms] of Object.entries(populations)) {
      const got = c.nonGermanShares[k];
      const ng = count(ms, (m) => m.nonGerman);
      p.cell(got.total, ms.length, `${k} total`);
      p.cell(got.nonGerman, ng, `${k} non-German`);
      p.rate(got.share, [got.nonGerman, ng], [got.total, ms.length], `${k} share`);
      expect(got.share).not.toBeNull(); // city-wide counts are large: nothing to hide
    }
  });

  it('districtDashboard: each district beside the city, with atRisk from the published rates', async () => {
    const fields = 'districtCode districtName leavers { value suppressed } directTransitionRate transitionSystemShare withoutQualificationShare withoutHauptschulabschlussShare eqi unplacedShare nonGermanShare worseThanCity atRisk';
    const c = await data(`districtDashboard { rows { ${fields} } city { ${fields} } }`);
    const dash = c.districtDashboard;
    expect(dash.rows.map((r: any) => r.districtCode)).toEqual(districtKeys);
    expect(dash.city.districtCode).toBe('00');
    const p = new Published();
    const rates = (r: any, ms: Member[]) => {
      const t = market(ms);
      p.cell(r.leavers, ms.length, `${r.districtCode} leavers`);
      p.derivedRate(r.directTransitionRate, count(ms, (m) => destination(m) === 'apprenticeship'), ms.length, `${r.districtCode} direct transition`);
      p.derivedRate(r.transitionSystemShare, count(ms, (m) => destination(m) === 'transitionSystem'), ms.length, `${r.districtCode} transition system`);
      p.derivedRate(r.withoutQualificationShare, count(ms, (m) => m.qualification === 'NONE'), ms.length, `${r.districtCode} without qualification`);
      // Destatis' "ohne Hauptschulabschluss" counts the Förderschulabschluss in
      p.derivedRate(r.withoutHauptschulabschlussShare, count(ms, (m) => m.qualification === 'NONE' || m.qualification === 'FOERDER'), ms.length, `${r.districtCode} without Hauptschulabschluss`);
      p.derivedRate(r.eqi, t.newContracts, t.interested, `${r.districtCode} EQI`);
      p.derivedRate(r.unplacedShare, t.unplaced, t.applicants, `${r.districtCode} unplaced`);
      p.derivedRate(r.nonGermanShare, count(ms, (m) => m.nonGerman), ms.length, `${r.districtCode} non-German`);
    };
    rates(dash.city, panel);
    for (const r of dash.rows) rates(r, inDistrict(r.districtCode));
    const worse: [string, string, 1 | -1][] = [
      ['DIRECT_TRANSITION_RATE', 'directTransitionRate', -1],
      ['TRANSITION_SYSTEM_SHARE', 'transitionSystemShare', 1],
      ['WITHOUT_QUALIFICATION_SHARE', 'withoutQualificationShare', 1],
      ['EQI', 'eqi', -1],
      ['UNPLACED_SHARE', 'unplacedShare', 1],
    ];
    for (const r of dash.rows) {
      const expected = worse.filter(([, f, dir]) => r[f] !== null && dash.city[f] !== null && Math.sign(r[f] - dash.city[f]) === dir).map(([k]) => k);
      const unknown = worse.filter(([, f]) => r[f] === null || dash.city[f] === null).length;
      expect(r.worseThanCity, r.districtCode).toEqual(expected);
      // undecided when the suppressed indicators could still make 3 worse ones
      const verdict = expected.length >= 3 ? 'AT_RISK' : expected.length + unknown >= 3 ? 'NOT_ENOUGH_PUBLISHED_DATA' : 'NOT_AT_RISK';
      expect(r.atRisk, r.districtCode).toBe(verdict);
    }
    expect(dash.city.atRisk).toBe('CITY_REFERENCE');
    const verdicts = new Set(dash.rows.map((r: any) => r.atRisk));
    expect(verdicts.has('AT_RISK')).toBe(true);
    expect(verdicts.has('NOT_AT_RISK')).toBe(true);
    p.expectUseful();
  });

  it('unknownToAll: the count for the analyst, the pseudonyms for the city\'s transition managers only', async () => {
    const unknown = (months: number) => panel.filter((m) => !knownBy(m, months)).map((m) => m.pseudonym).sort();
    const body = await report(`u3: unknownToAll(monthsAfterLeaving: 3) { count ${CELL} leavers ${CELL} share }
      u6: unknownToAll { monthsAfterLeaving count ${CELL} leavers ${CELL} share pseudonyms }
      u12: unknownToAll(monthsAfterLeaving: 12) { count ${CELL} }`);
    const p = new Published();
    for (const [k, months] of [['u3', 3], ['u6', 6], ['u12', 12]] as const) p.cell(body.data.cohort[k].count, unknown(months).length, `${k} count`);
    p.cell(body.data.cohort.u6.leavers, panel.length, 'leavers');
    p.rate(body.data.cohort.u6.share, [body.data.cohort.u6.count, unknown(6).length], [body.data.cohort.u6.leavers, panel.length], 'share');
    expect(unknown(6).length).toBeGreaterThan(2);
    // The analyst gets the count but not the list.
    expect(body.data.cohort.u6.pseudonyms).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].path).toEqual(['cohort', 'u6', 'pseudonyms']);

    // Whom the city's transition managers may contact: tests/destinations.e2e.ts.
  });

  it('only the coordination office\'s analysts and the city read the reports: other caseworkers are refused', async () => {
    for (const partner of ['coordination', 'schools', 'employment', 'chambers'] as const) {
      const body = await report(`unknownToAll { count ${CELL} } entryIntoTraining(by: CITY) { total { all { interested ${CELL} } } }`, await hub.as(partner, ['caseworker'], 'TRANSITION_SUPPORT'));
      expect(body.data?.cohort ?? null, partner).toBeNull();
      expect(body.errors.map((e: any) => e.extensions.code), partner).toContain('FORBIDDEN');
    }
  });

  // A cohort's panel consents run ten years; once all have run out the panel is empty, and the
  // analyst must be told so rather than read a table of zeros as "nobody went anywhere".
  const expiredYear = world.cohortYears.find((y) => monitoringValidUntil(y) < TODAY);
  it.skipIf(expiredYear === undefined)('says a cohort whose monitoring consents all expired is no longer reportable (COHORT_EXPIRED), instead of reporting an empty panel', async () => {
    const { body } = await hub.query(`query ($year: Int!) { cohort(year: $year) { year panelSize destinations(by: CITY) { total { apprenticeship ${CELL} total ${CELL} } } } }`, { year: expiredYear }, analyst);
    expect(body.data?.cohort ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('COHORT_EXPIRED');
    expect(body.errors[0].message).toContain(`cohort ${expiredYear} is no longer reportable`);
    expect(body.errors[0].message).toContain(monitoringValidUntil(expiredYear!));
    // the latest cohort is still reportable
    expect((await data('year')).year).toBe(YEAR);
  });

  it('refuses breakdowns and windows that are not part of the fixed tables', async () => {
    const body = await report('entryIntoTraining(by: SCHOOL) { total { key } }');
    expect(body.errors[0].extensions.code).toBe('UNSUPPORTED_BREAKDOWN');
    const months = await report(`unknownToAll(monthsAfterLeaving: 5) { count ${CELL} }`);
    expect(months.errors[0].extensions.code).toBe('INVALID_MONTHS');
  });
});
