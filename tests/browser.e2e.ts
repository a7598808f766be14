import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableOperations } from '../gateway/src/monitoring/availability';
import { hubOperations, type HubOperation } from '../gateway/src/monitoring/operations';
import { startTestHub, type TestHub } from './support/hub';

/*
 * The coordination office's two pages in a real browser: Debian's Chromium (apt package chromium,
 * installed by .ci/run), driven by playwright-core, which downloads no browser of its own. The
 * flags keep Chromium from calling Google's services, which this machine's closed network refuses.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
/** How long a page may take to react: GraphiQL parses 5 MB of script, and the suite runs in parallel. */
const WAIT = { timeout: 30_000 };
/** Set to a folder to keep screenshots of both pages (for a person to look at). */
const SHOTS = process.env.SCREENSHOT_DIR;

// The reports the gateway offers are those its supergraph can answer; the test follows the same rule.
const offered = availableOperations(readFileSync(resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'), hubOperations);
const offers = (name: string) => offered.some((o) => o.name === name);
const op = (name: string) => offered.find((o) => o.name === name)!;

describe('the coordination office in a real browser (Debian Chromium)', () => {
  let hub: TestHub;
  let analyst: Record<string, string>;
  let token: string;
  let origin: string;
  let profile: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    // Scale 1: enough leavers per school that most counts are shown and some are still hidden.
    hub = await startTestHub({ scale: 1 });
    analyst = await hub.as('coordination', ['analyst']);
    token = analyst.authorization!.slice('Bearer '.length);
    origin = new URL(hub.gateway.url).origin;
    profile = await mkdtemp(join(tmpdir(), 'hub-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1400, height: 1000 },
    });
    // Reading GraphiQL's answer the way a person would take it elsewhere: select all, copy.
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await hub?.stop();
  });

  /**
   * Opens GraphiQL over empty storage, as a first visit. GraphiQL writes its tab state half a
   * second after it starts: storage cleared under a running GraphiQL got its state back, with the
   * tab an earlier test left active (and reopened that tab on the next load). So the storage is
   * cleared on a page of the same origin that runs no GraphiQL, and no other page is left open.
   */
  async function openWithEmptyStorage(page: Page) {
    for (const other of browser.pages()) if (other !== page) await other.close();
    await page.goto(`${origin}/healthcheck`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${origin}/graphql`);
  }

  /** The answer the hub gives to the same operation sent directly, without a browser. */
  async function direct(o: HubOperation) {
    const { status, body } = await hub.query(o.query, o.variables, analyst);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body;
  }

  it('GraphiQL opens with a tab per report; an analyst pastes the token, runs a cross-partner report and sees what a direct request gets', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/graphql`);
    const tabs = page.locator('.graphiql-tab-button');
    await expect.poll(() => tabs.allTextContents(), WAIT).toEqual(offered.map((o) => o.name));

    await page.fill('#hub-token-input', token);
    await page.click('#hub-token button[type=submit]');
    await expect.poll(() => page.textContent('#hub-token-state'), WAIT).toContain('token set');

    // Destinations joins all four partners; the schools' leaver table (with the city's district
    // names) is the cross-partner report the hub had before it.
    const report = op(offers('DestinationsBySchool') ? 'DestinationsBySchool' : 'LeaversByDistrict');
    // GraphiQL's tabs are drag-and-drop items: a synthetic mouse click ends on the tab list, not the
    // tab, so the test picks the tab as a keyboard user does.
    await tabs.filter({ hasText: report.name }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent(), WAIT).toContain(report.name);
    // Monaco draws spaces as no-break spaces.
    const variables = () => page.locator('.graphiql-editor-tool').innerText().then((t) => t.replace(/\u00a0/g, ' '));
    await expect.poll(variables, WAIT).toContain(`"cohortYear": ${report.variables.cohortYear}`);

    // GraphiQL settles the new tab's editor and operation name asynchronously; under load a first
    // run can still carry the previous tab's operation name, so run until the answer has data.
    const queryText = () => page.locator('.graphiql-query-editor .view-lines').innerText();
    await expect.poll(queryText, WAIT).toContain(report.name);
    const response = page.locator('.graphiql-response .view-lines');
    await expect
      .poll(async () => {
        const shown = await response.innerText().catch(() => '');
        if (!shown.includes('"data"')) await page.click('button.graphiql-execute-button');
        return shown;
      }, { ...WAIT, intervals: [2_000] })
      .toContain('"data"');
    await response.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'graphiql.png') });

    // The editor may write the clipboard asynchronously: read until it holds the whole answer.
    const copied = () => page.evaluate(() => navigator.clipboard.readText()).then((t) => JSON.parse(t), () => null);
    await expect.poll(copied, WAIT).toEqual(await direct(report));
    await page.close();
  });

  it('GraphiQL reopens the same tabs on reload, edited or run, with the tab that was last active', async () => {
    const page = await browser.newPage();
    await openWithEmptyStorage(page);
    const tabs = page.locator('.graphiql-tab-button');
    const names = offered.map((o) => o.name);
    await expect.poll(() => tabs.allTextContents(), WAIT).toEqual(names);
    // GraphiQL stores its tabs a moment after a change; a person does not reload faster than that.
    const stored = (index: number) => expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('graphiql:tabState') ?? '{}').activeTabIndex), WAIT).toBe(index);
    const reloaded = async () => {
      await page.reload();
      await expect.poll(() => tabs.allTextContents(), WAIT).toEqual(names);
    };

    // Running the untouched first tab, then reloading, used to add an empty "<untitled>" tab.
    await page.click('button.graphiql-execute-button');
    await stored(0);
    await reloaded();
    // Typing into a tab without variables, then reloading, used to add a copy of it.
    await page.locator('.graphiql-query-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# edited');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('graphiql:tabState')), WAIT).toContain('# edited');
    await reloaded();
    // The editor draws only the lines in view; the edit is at the end of the first tab.
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('graphiql:tabState') ?? '{}').tabs?.[0]?.query), WAIT).toContain('# edited');

    const last = names[names.length - 1];
    await tabs.filter({ hasText: last }).focus();
    await page.keyboard.press('Enter');
    await stored(names.length - 1);
    await reloaded();
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent(), WAIT).toContain(last);
    await page.close();
  });

  it('a caseworker chooses the purpose above GraphiQL once; it outlasts a reload and the person-level read gets what a direct request gets', async () => {
    const person = op('YouthAcrossPartners');
    const caseworker = await hub.as('coordination', ['caseworker']);
    const page = await browser.newPage();
    await openWithEmptyStorage(page);
    await page.fill('#hub-token-input', caseworker.authorization!.slice('Bearer '.length));
    await page.click('#hub-token button[type=submit]');
    await page.selectOption('#hub-purpose', 'TRANSITION_SUPPORT');
    // GraphiQL forgets the tab's Headers editor on reload; the purpose chosen above stays.
    await page.reload();
    await expect.poll(() => page.inputValue('#hub-purpose'), WAIT).toBe('TRANSITION_SUPPORT');
    const tabs = page.locator('.graphiql-tab-button');
    await expect.poll(() => tabs.allTextContents(), WAIT).toEqual(offered.map((o) => o.name));
    await tabs.filter({ hasText: person.name }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.graphiql-query-editor .view-lines').innerText(), WAIT).toContain(person.name);
    // As in the first test: GraphiQL settles the tab's operation name a moment after the editor shows
    // the tab, and a run before that fails in the page ("Cannot infer operation Districts", the first
    // tab's) without a request. So run until the request for this tab has been answered.
    let response: Response | undefined;
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes(person.name)) response = r;
    });
    await expect
      .poll(async () => {
        if (!response) await page.click('button.graphiql-execute-button');
        return response !== undefined;
      }, { ...WAIT, intervals: [2_000] })
      .toBe(true);
    expect(response!.request().headers()['x-hub-purpose']).toBe('TRANSITION_SUPPORT');
    const { status, body } = await hub.query(person.query, person.variables, await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(await response!.json()).toEqual(body);
    await page.close();
  });

  it('the monitoring page draws every offered report with the values of the GraphQL answer, hidden counts marked and never drawn as 0', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${origin}/monitoring`);
    await expect.poll(() => page.textContent('#status'), WAIT).toContain('Paste a token');
    expect(await page.locator('[data-value]').count()).toBe(0);

    await page.fill('#token', token);
    await page.click('#token-form button[type=submit]');
    const charts = await waitForCharts(page);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'monitoring.png'), fullPage: true });

    // Each chart shown is wired to a report the hub offers, and says which.
    const wired = Object.entries(charts).filter(([, state]) => state === 'ready').map(([id]) => id);
    expect(wired).toEqual(expect.arrayContaining(['leavers-school', 'leavers-district']));
    // The three charts, once their reports are in the hub.
    for (const [chart, name] of [['destinations', 'DestinationsBySchool'], ['gender', 'GenderSegregation'], ['districts', 'DistrictDashboard']]) {
      if (offers(name!)) expect(wired).toContain(chart);
    }

    for (const chart of wired) {
      const opName = await page.getAttribute(`#chart-${chart}`, 'data-operation');
      const expected = expectedChartValues(chart, (await direct(op(opName!))).data);
      expect(Object.keys(expected).length, chart).toBeGreaterThan(5);
      expect(await drawnValues(page, chart), chart).toEqual(expected);
    }

    // A hidden count is a hatched mark with a star and says why; it carries no value at all.
    const hidden = page.locator('rect[data-suppressed="true"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    const first = hidden.first();
    expect(await first.getAttribute('fill')).toBe('url(#hatch)');
    expect(await first.getAttribute('data-value')).toBeNull();
    expect((await first.boundingBox())!.width).toBeGreaterThan(0);
    expect(await first.locator('title').textContent()).toContain('suppressed for disclosure control');
    await expect(page.locator('footer').textContent()).resolves.toContain('never as 0');

    // Plain and offline: nothing but the page itself and the hub's GraphQL endpoint.
    expect(requested.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.close();
  });

  it('the monitoring page shows nothing for a refused token and asks for a new one', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/monitoring`);
    await page.fill('#token', 'not.a-valid.token');
    await page.click('#token-form button[type=submit]');
    await expect.poll(() => page.textContent('#status'), WAIT).toContain('refused the token');
    expect(await page.locator('[data-value]').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('kassel-hub:token'))).toBeNull();
    await page.close();
  });
});

/** Waits until no chart is loading; returns each chart's state (ready, pending, error). */
async function waitForCharts(page: Page): Promise<Record<string, string>> {
  const states = () =>
    page.$$eval('section[data-chart]', (els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.chart!, (e as HTMLElement).dataset.state!])));
  await expect.poll(async () => Object.values(await states()).some((s) => s === 'loading' || s === 'idle'), WAIT).toBe(false);
  return states();
}

/** What a chart drew, read from its elements' data attributes: `row/series` → value or hidden. */
async function drawnValues(page: Page, chart: string): Promise<Record<string, ChartValue>> {
  return page.$$eval(`[data-chart="${chart}"][data-key]`, (els) =>
    Object.fromEntries(
      els.map((e) => [
        `${e.getAttribute('data-key')}/${e.getAttribute('data-series') ?? ''}`,
        e.getAttribute('data-suppressed') === 'true' ? 'suppressed' : Number(e.getAttribute('data-value')),
      ]),
    ),
  );
}

type ChartValue = number | 'suppressed';
type Cell = { value: number | null; suppressed: boolean };
const DESTINATIONS = ['apprenticeship', 'transitionSystem', 'furtherSchool', 'university', 'other', 'unknown'];

/**
 * What each chart must show, computed here from the GraphQL answer (not by the page's code): every
 * count as sent, `suppressed` for a hidden one; a share only where both counts are shown.
 */
function expectedChartValues(chart: string, data: any): Record<string, ChartValue> {
  const out: Record<string, ChartValue> = {};
  const cell = (key: string, c: Cell) => (out[key] = c.suppressed ? 'suppressed' : c.value!);
  const share = (key: string, part: Cell, base: Cell) => {
    if (part.suppressed || base.suppressed) out[key] = 'suppressed';
    else if (base.value) out[key] = part.value! / base.value;
  };
  switch (chart) {
    case 'destinations':
      for (const r of data.cohort.destinations.rows) {
        for (const d of DESTINATIONS) cell(`${r.key}/${d}`, r[d]);
        cell(`${r.key}/total`, r.total);
      }
      return out;
    case 'leavers-school':
      for (const r of data.leaverStatistics.rows) {
        for (const c of r.cells) cell(`${r.key}/${c.qualification}`, c.count);
        cell(`${r.key}/total`, r.total);
      }
      return out;
    case 'leavers-district': {
      const t = data.leaverStatistics;
      const none = (cells: any[]) => cells.find((c) => c.qualification === 'NONE').count;
      for (const r of t.rows) share(`${r.key}/value`, none(r.cells), r.total);
      share('average/', none(t.columnTotals), t.grandTotal);
      if (out['average/'] === 'suppressed') delete out['average/'];
      return out;
    }
    case 'gender':
      for (const r of data.cohort.genderSegregation.rows) {
        for (const [series, sh, base, female] of [
          ['contracts', 'femaleShareContracts', 'contracts', 'femaleContracts'],
          ['wishes', 'femaleShareWishes', 'wishes', 'femaleWishes'],
        ]) {
          if (r[sh] !== null) out[`${r.kldb}/${series}`] = r[sh];
          else if (r[base].suppressed || r[female].suppressed) out[`${r.kldb}/${series}`] = 'suppressed';
        }
      }
      return out;
    case 'eqi': {
      const t = data.cohort.entryIntoTraining;
      for (const r of t.rows) {
        if (r.all.eqi !== null) out[`${r.key}/value`] = r.all.eqi;
        else if (r.all.newContracts.suppressed || r.all.interested.suppressed) out[`${r.key}/value`] = 'suppressed';
      }
      if (t.total.all.eqi !== null) out['average/'] = t.total.all.eqi;
      return out;
    }
    case 'districts': {
      const d = data.cohort.districtDashboard;
      for (const r of d.rows) {
        if (r.directTransitionRate !== null) out[`${r.districtCode}/value`] = r.directTransitionRate;
        else if (r.leavers.value !== 0) out[`${r.districtCode}/value`] = 'suppressed';
      }
      if (d.city.directTransitionRate !== null) out['average/'] = d.city.directTransitionRate;
      return out;
    }
    default:
      throw new Error(`no expectation for chart ${chart}: add one beside its drawing`);
  }
}
