import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@kassel-hub/datagen';
import { startTestHub, type TestHub } from './support/hub';

/*
 * The training market of a reporting year, market-wide (the partners' whole registers, not a
 * cohort's panel), as BIBB and the BA define its figures. Every expected value is recomputed here
 * from the generated world with the published definitions, never through the hub's code:
 *   LQneu(R) = Σ_{t=R-3..R} L_t^R ÷ B_t (BIBB layer model; B_t contracts begun in t, L_t^R of
 *     them terminated early in R);
 *   EQI = NAA ÷ (NAA + applicants not placed);  ANR = (NAA + unfilled places) ÷ (NAA + unplaced);
 *   extended ANR = (NAA + unfilled places) ÷ (NAA + unplaced + in an alternative, still searching);
 *   NAA = contracts begun 1 October R-1 to 30 September R and still in force on 30 September R.
 */

const SCALE = 0.5;
const TODAY = new Date().toISOString().slice(0, 10);
const world = generate({ seed: 2014, scale: SCALE });
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0);
const CELL = '{ value suppressed }';

interface Cell {
  value: number | null;
  suppressed: boolean;
}
/** A shown cell is the true count and never 1 or 2; a hidden one has no value. */
function expectCell(cell: Cell, truth: number, where: string) {
  if (cell.suppressed) expect(cell.value, where).toBeNull();
  else {
    expect(cell.value, where).toBe(truth);
    expect(truth === 1 || truth === 2, `${where}: a count of ${truth} is shown`).toBe(false);
  }
}

function lqNeu(year: number) {
  const layers = [year - 3, year - 2, year - 1, year].map((t) => {
    const begun = world.contracts.filter((c) => Number(c.startDate.slice(0, 4)) === t);
    return { t, begun: begun.length, terminated: count(begun, (c) => c.terminatedOn !== null && c.terminatedOn.startsWith(`${year}-`)) };
  });
  return { layers, lqNeu: round4(layers.reduce((s, l) => s + (l.begun ? l.terminated / l.begun : 0), 0)) };
}

function market(year: number) {
  const naa = count(world.contracts, (c) => c.startDate >= `${year - 1}-10-01` && c.startDate <= `${year}-09-30` && (c.terminatedOn === null || c.terminatedOn > `${year}-09-30`));
  const applicants = world.applicants.filter((a) => a.reportYear === year);
  const by = (o: string) => count(applicants, (a) => a.outcome === o);
  const vacancies = world.vacancies.filter((v) => v.reportYear === year);
  const unfilled = vacancies.reduce((s, v) => s + v.places - v.filled, 0);
  const offer = naa + unfilled;
  const demand = naa + by('UNPLACED');
  const extendedDemand = demand + by('ALTERNATIVE_SEARCHING');
  const interested = naa + applicants.length - by('PLACED');
  return {
    naa,
    applicants: applicants.length,
    outcomes: { placed: by('PLACED'), alternativeSearching: by('ALTERNATIVE_SEARCHING'), otherFormer: by('OTHER_FORMER'), unplaced: by('UNPLACED'), unknown: by('UNKNOWN') },
    reportedPlaces: vacancies.reduce((s, v) => s + v.places, 0),
    unfilled,
    offer,
    demand,
    extendedDemand,
    interested,
    anr: round4(offer / demand),
    anrExtended: round4(offer / extendedDemand),
    eqi: round4(naa / interested),
  };
}

const SELECTION = `year newContracts ${CELL}
  applicantMarket { applicants ${CELL} placed ${CELL} alternativeSearching ${CELL} otherFormer ${CELL} unplaced ${CELL} unknown ${CELL} reportedPlaces ${CELL} unfilledPlaces ${CELL} }
  trainingMarket { offer demand extendedDemand anr anrExtended interested eqi }
  earlyTerminationRate { reportYear complete lqNeu terminatedInReportYear ${CELL} layers { startYear newContracts ${CELL} terminatedInReportYear ${CELL} rate } }`;

describe('the training market of a reporting year, from the partners\' registers, through the gateway', () => {
  let hub: TestHub;
  let analyst: Record<string, string>;
  const reportingYear = async (year: number, headers = analyst) =>
    (await hub.query(`query ($year: Int!) { reportingYear(year: $year) { ${SELECTION} } }`, { year }, headers)).body;

  beforeAll(async () => {
    hub = await startTestHub({ scale: SCALE });
    analyst = await hub.as('coordination', ['analyst']);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it.each([2023, 2024, 2025])('%i: LQneu by the layer model, from the chambers\' register', async (year) => {
    const body = await reportingYear(year);
    expect(body.errors).toBeUndefined();
    const e = body.data.reportingYear.earlyTerminationRate;
    const truth = lqNeu(year);
    expect(e.reportYear).toBe(year);
    expect(e.complete).toBe(TODAY > `${year}-12-31`);
    expect(e.layers.map((l: any) => l.startYear)).toEqual([year - 3, year - 2, year - 1, year]);
    e.layers.forEach((l: any, i: number) => {
      expectCell(l.newContracts, truth.layers[i].begun, `B_${l.startYear}`);
      expectCell(l.terminatedInReportYear, truth.layers[i].terminated, `L_${l.startYear}`);
      if (l.newContracts.suppressed || l.terminatedInReportYear.suppressed) expect(l.rate).toBeNull();
      else expect(l.rate).toBe(round4(truth.layers[i].terminated / truth.layers[i].begun));
    });
    expectCell(e.terminatedInReportYear, truth.layers.reduce((s, l) => s + l.terminated, 0), 'Σ L');
    if (e.layers.some((l: any) => l.newContracts.suppressed || l.terminatedInReportYear.suppressed)) expect(e.lqNeu).toBeNull();
    else expect(e.lqNeu).toBe(truth.lqNeu);
    expect(e.lqNeu, 'the register is large enough that no layer count is hidden').not.toBeNull();
    // A rate of a start year's contracts that will end early: a share, never above 1 (the old
    // cohort "layer rate sum" showed 76–107 %).
    expect(truth.lqNeu).toBeGreaterThan(0.05);
    expect(truth.lqNeu).toBeLessThan(0.6);
  });

  it.each([2024, 2025])('%i: EQI, ANR and extended ANR from the chambers\' new contracts and the BA\'s applicants and places', async (year) => {
    const body = await reportingYear(year);
    expect(body.errors).toBeUndefined();
    const r = body.data.reportingYear;
    const t = market(year);
    expectCell(r.newContracts, t.naa, 'NAA');
    expectCell(r.applicantMarket.applicants, t.applicants, 'applicants');
    for (const [k, v] of Object.entries(t.outcomes)) expectCell(r.applicantMarket[k], v, k);
    expectCell(r.applicantMarket.reportedPlaces, t.reportedPlaces, 'reported places');
    expectCell(r.applicantMarket.unfilledPlaces, t.unfilled, 'unfilled places');
    // market-wide counts are large: everything is shown, so every ratio is there
    expect(r.trainingMarket).toEqual({
      offer: t.offer,
      demand: t.demand,
      extendedDemand: t.extendedDemand,
      anr: t.anr,
      anrExtended: t.anrExtended,
      interested: t.interested,
      eqi: t.eqi,
    });
    // the extended demand counts those still searching from an alternative: the eANR is lower
    expect(t.outcomes.alternativeSearching).toBeGreaterThan(0);
    expect(r.trainingMarket.anrExtended).toBeLessThan(r.trainingMarket.anr);
  });

  it('a cohort names its reporting year: the market-wide figures beside the panel\'s', async () => {
    const { body } = await hub.query('{ cohort(year: 2025) { year reportingYear { year trainingMarket { eqi } earlyTerminationRate { lqNeu } } } }', {}, analyst);
    expect(body.errors).toBeUndefined();
    expect(body.data.cohort.reportingYear.year).toBe(2025);
    expect(body.data.cohort.reportingYear.trainingMarket.eqi).toBe(market(2025).eqi);
  });

  it('only the coordination office\'s analysts read the combined ratios; a partner reads its own figures only', async () => {
    const caseworker = await reportingYear(2025, await hub.as('coordination', ['caseworker']));
    expect(caseworker.data?.reportingYear ?? null).toBeNull();
    expect(caseworker.errors.map((e: any) => e.extensions.code)).toContain('FORBIDDEN');

    const chambers = await hub.as('chambers', ['analyst']);
    const own = (await hub.query('{ reportingYear(year: 2025) { earlyTerminationRate { lqNeu } } }', {}, chambers)).body;
    const combined = (await hub.query('{ reportingYear(year: 2025) { trainingMarket { eqi } } }', {}, chambers)).body;
    // the query root is the coordination office's: a chambers identity gets no reporting year at all
    expect(own.data?.reportingYear ?? null).toBeNull();
    expect(combined.data?.reportingYear ?? null).toBeNull();
    expect(combined.errors.map((e: any) => e.extensions.code)).toContain('FORBIDDEN');
  });
});
