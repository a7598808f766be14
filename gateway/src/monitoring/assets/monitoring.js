// The monitoring page's only script. Plain browser JavaScript, no framework, no network beyond the
// hub's own /graphql: the page must work on a municipal network that blocks CDNs, and offline.
// Everything shown comes from the same named operations that GraphiQL offers (operations.ts), which
// the gateway embeds in the page as JSON. Data from the API is only ever set as text or attributes,
// never as HTML.
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('hub-config').textContent);
  const ops = new Map(config.operations.map((op) => [op.name, op]));
  // Shared with the token field of GraphiQL: the same browser tab keeps one token, and only for
  // as long as the tab lives (sessionStorage), so a shared office PC does not keep it.
  const TOKEN_KEY = 'kassel-hub:token';
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  const DESTINATIONS = [
    { key: 'apprenticeship', label: 'apprenticeship', color: '#0072b2' },
    { key: 'transitionSystem', label: 'transition system', color: '#e69f00' },
    { key: 'furtherSchool', label: 'further school', color: '#009e73' },
    { key: 'university', label: 'university', color: '#cc79a7' },
    { key: 'other', label: 'other', color: '#8c8c8c' },
    { key: 'unknown', label: 'unknown', color: '#d55e00' },
  ];
  const QUALIFICATIONS = [
    { key: 'NONE', label: 'none', color: '#d55e00' },
    { key: 'FOERDER', label: 'Förderschule', color: '#e69f00' },
    { key: 'HAUPT', label: 'Hauptschule', color: '#f0e442' },
    { key: 'HAUPT_QUALI', label: 'qual. Hauptschule', color: '#b8a800' },
    { key: 'HAUPT_ERWEITERT', label: 'erw. Hauptschule', color: '#8fa000' },
    { key: 'REAL', label: 'Realschule', color: '#56b4e9' },
    { key: 'REAL_QUALI', label: 'qual. Realschule', color: '#0072b2' },
    { key: 'FHR', label: 'Fachhochschulreife', color: '#009e73' },
    { key: 'ABITUR', label: 'Abitur', color: '#004d40' },
  ];

  /**
   * The charts: each names its operation and turns the answer into one of three drawings. A chart
   * whose report is not in the hub yet says so; adding a report is one entry here plus its
   * operation in operations.ts.
   */
  const CHARTS = [
    {
      id: 'destinations',
      op: 'DestinationsBySchool',
      title: 'Cohort destinations per school',
      note: 'Where the leavers of each school are at the cut-off date, in young people (monitoring panel).',
      draw: (data, el) => {
        const t = data.cohort.destinations;
        stackedBars(el, 'destinations', DESTINATIONS, t.rows.map((r) => ({
          key: r.key,
          label: r.label,
          total: r.total,
          cells: DESTINATIONS.map((d) => ({ series: d.key, cell: r[d.key] })),
          extra: r.directTransitionRate != null ? 'direct ' + pct(r.directTransitionRate) : r.total.value === 0 ? '' : 'direct *',
        })));
      },
    },
    {
      id: 'gender',
      op: 'GenderSegregation',
      title: 'Female share per occupation',
      note: 'Share of women among training contracts and among occupational wishes at guidance.',
      draw: (data, el) => pairedBars(el, 'gender', [
        { key: 'contracts', label: 'contracts', color: '#0072b2', share: 'femaleShareContracts', female: 'femaleContracts', base: 'contracts' },
        { key: 'wishes', label: 'wishes at guidance', color: '#e69f00', share: 'femaleShareWishes', female: 'femaleWishes', base: 'wishes' },
      ], data.cohort.genderSegregation.rows.map((r) => ({ key: r.kldb, label: r.title, row: r }))),
    },
    {
      id: 'districts',
      op: 'DistrictDashboard',
      title: 'District comparison: direct transition rate',
      note: 'Share of leavers who start an apprenticeship directly, per district, against the city average (line). Districts at risk are marked ▲, those the published data cannot judge ?.',
      draw: (data, el) => {
        const d = data.cohort.districtDashboard;
        comparison(el, 'districts', d.rows.map((r) => ({
          key: r.districtCode,
          label: (r.atRisk === 'AT_RISK' ? '▲ ' : r.atRisk === 'NOT_ENOUGH_PUBLISHED_DATA' ? '? ' : '') + r.districtName,
          value: r.directTransitionRate,
          // A missing rate is hidden unless the district simply had no leavers.
          suppressed: r.directTransitionRate == null && r.leavers.value !== 0,
        })), d.city.directTransitionRate, 'city average');
      },
    },
    {
      id: 'eqi',
      op: 'EntryIntoTrainingByDistrict',
      title: 'District comparison: EQI (Einmündungsquote, BIBB)',
      note: 'New training contracts ÷ (new contracts + applicants who did not enter training), per district of residence, against the whole panel (line).',
      draw: (data, el) => {
        const t = data.cohort.entryIntoTraining;
        comparison(el, 'eqi', t.rows.map((r) => ({
          key: r.key,
          label: r.label,
          value: r.all.eqi,
          suppressed: r.all.eqi == null && (r.all.newContracts.suppressed || r.all.interested.suppressed),
        })), t.total.all.eqi, 'Kassel', (v) => v.toFixed(2));
      },
    },
    {
      id: 'leavers-school',
      op: 'LeaversBySchool',
      title: 'School leavers per school and qualification',
      note: 'Leavers of the cohort per school, by school-leaving qualification (schools; districts from the city).',
      draw: (data, el) => stackedBars(el, 'leavers-school', QUALIFICATIONS, data.leaverStatistics.rows.map((r) => ({
        key: r.key,
        label: r.school ? r.school.name : r.key,
        total: r.total,
        extra: r.district.name,
        cells: r.cells.map((c) => ({ series: c.qualification, cell: c.count })),
      }))),
    },
    {
      id: 'leavers-district',
      op: 'LeaversByDistrict',
      title: 'District comparison: leavers without a qualification',
      note: 'Share of leavers without a school-leaving qualification, per district of the school, against the city (line).',
      draw: (data, el) => {
        const t = data.leaverStatistics;
        const none = (cells) => cells.find((c) => c.qualification === 'NONE').count;
        const city = ratio(none(t.columnTotals), t.grandTotal);
        comparison(el, 'leavers-district', t.rows.map((r) => Object.assign({ key: r.key, label: r.district.name }, ratio(none(r.cells), r.total))), city.value, 'city');
      },
    },
  ];

  /** A share of two published counts; hidden when either is: never computed from a guess. */
  function ratio(part, base) {
    if (part.suppressed || base.suppressed) return { value: null, suppressed: true };
    return { value: base.value ? part.value / base.value : null, suppressed: false };
  }
  const pct = (v) => (v * 100).toFixed(1) + ' %';
  const num = (cell) => (cell.suppressed ? '*' : String(cell.value));

  // ---- page flow ------------------------------------------------------------------------------

  function start() {
    $('year').value = String(config.cohortYear);
    // Reports the hub already has come first; the others keep their place until they arrive.
    const order = [...CHARTS].sort((a, b) => Number(ops.has(b.op)) - Number(ops.has(a.op)));
    for (const c of order) $('charts').append(frame(c));
    $('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const token = $('token').value.trim().replace(/^Bearer\s+/i, '');
      $('token').value = '';
      if (!/^[A-Za-z0-9_\-.]+$/.test(token)) return status('That is not a token: paste the output of npm run token.', 'error');
      sessionStorage.setItem(TOKEN_KEY, token);
      load();
    });
    $('forget').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      for (const c of CHARTS) reset(c);
      status('Token forgotten. Paste a token to see the reports.', '');
    });
    $('year').addEventListener('change', () => sessionStorage.getItem(TOKEN_KEY) && load());
    for (const c of CHARTS) reset(c);
    if (sessionStorage.getItem(TOKEN_KEY)) load();
    else status('Paste a token to see the reports.', '');
  }

  function frame(chart) {
    const s = document.createElement('section');
    s.id = 'chart-' + chart.id;
    s.dataset.chart = chart.id;
    s.dataset.operation = chart.op;
    const body = document.createElement('div');
    body.className = 'body';
    s.append(text('h2', chart.title), text('p', chart.note + ' Operation: ' + chart.op + '.', 'note'), body);
    return s;
  }
  function section(chart) {
    return $('chart-' + chart.id);
  }

  function reset(chart) {
    const s = section(chart);
    s.querySelector('.body').replaceChildren();
    if (!ops.has(chart.op)) {
      s.dataset.state = 'pending';
      s.querySelector('.body').append(text('p', 'This report is not in the hub yet (operation ' + chart.op + ').', 'muted'));
    } else s.dataset.state = 'idle';
  }

  let generation = 0;
  async function load() {
    // A newer load (another cohort chosen meanwhile) wins; answers of an older one are dropped.
    const mine = ++generation;
    const token = sessionStorage.getItem(TOKEN_KEY);
    const year = Number($('year').value);
    status('Loading cohort ' + year + ' …', '');
    const runs = CHARTS.filter((c) => ops.has(c.op)).map(async (chart) => {
      const s = section(chart);
      s.dataset.state = 'loading';
      const res = await run(ops.get(chart.op), year, token);
      if (mine !== generation) return res.status;
      const body = s.querySelector('.body');
      body.replaceChildren();
      const fail = (message) => {
        s.dataset.state = 'error';
        body.replaceChildren(text('p', message, 'error'));
      };
      if (res.errors) fail(res.errors.map((e) => e.message + (e.code ? ' (' + e.code + ')' : '')).join('; '));
      else if (res.data.cohort === null) fail('The hub has no cohort ' + year + '.');
      else {
        try {
          chart.draw(res.data, body);
          s.dataset.state = 'ready';
        } catch (err) {
          // The report's shape changed under the page: say so instead of drawing half a chart.
          fail('This report could not be drawn (' + err.message + '); the operation in GraphiQL shows its answer.');
        }
      }
      return res.status;
    });
    const statuses = await Promise.all(runs);
    if (mine !== generation) return;
    if (statuses.includes(401)) {
      sessionStorage.removeItem(TOKEN_KEY);
      status('The hub refused the token (expired or invalid): paste a new one.', 'error');
    } else if (statuses.includes(403)) status('This token may not read the reports: it needs the coordination office\'s analyst role.', 'error');
    else status('Cohort ' + year + '. Counts of 1 or 2, and counts from which they could be recomputed, are hidden (*).', 'ok');
  }

  /** Runs one named operation with the page's cohort year in place of the example's. */
  async function run(op, year, token) {
    const variables = Object.assign({}, op.variables);
    if ('cohortYear' in variables) variables.cohortYear = year;
    if ('cutoff' in variables) variables.cutoff = year + '-12-31';
    let res;
    try {
      res = await fetch(config.graphqlPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify({ operationName: op.name, query: op.query, variables }),
      });
    } catch (err) {
      return { status: 0, errors: [{ message: 'The hub cannot be reached: ' + err.message }] };
    }
    const body = await res.json().catch(() => ({}));
    const errors = (body.errors || []).map((e) => ({ message: e.message, code: e.extensions && e.extensions.code }));
    if (res.ok && body.data && errors.length === 0) return { status: res.status, data: body.data };
    const forbidden = errors.some((e) => e.code === 'FORBIDDEN');
    return { status: forbidden ? 403 : res.status, errors: errors.length ? errors : [{ message: 'The hub answered HTTP ' + res.status }] };
  }

  function status(message, kind) {
    const s = $('status');
    s.textContent = message;
    s.className = kind;
  }

  // ---- drawing --------------------------------------------------------------------------------

  const W = 960;
  const LABEL = 280;
  const RIGHT = 200;
  const MAX_LABEL = 40;
  const BAR = W - LABEL - RIGHT;
  const ROW = 22;
  const MARK = 14;

  function el(name, attrs, parent) {
    const n = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) n.setAttribute(k, String(v));
    if (parent) parent.append(n);
    return n;
  }
  function label(parent, x, y, s, attrs) {
    const t = el('text', Object.assign({ x, y }, attrs), parent);
    t.textContent = s;
    return t;
  }
  /** A row's name, shortened to fit the label column; the full name is in its tooltip. */
  function rowLabel(g, y, s) {
    const t = label(g, LABEL - 8, y, s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 1) + '…' : s, { 'text-anchor': 'end' });
    el('title', {}, t).textContent = s;
    return t;
  }
  function text(tag, s, cls) {
    const n = document.createElement(tag);
    n.textContent = s;
    if (cls) n.className = cls;
    return n;
  }
  function svg(parent, rows, chart) {
    const s = el('svg', { viewBox: '0 0 ' + W + ' ' + (rows * ROW + 30), role: 'img', 'data-chart': chart, class: 'chart' });
    parent.append(s);
    return s;
  }
  /** The data attributes a test (or a curious reader) reads: the value exactly as the API sent it. */
  function data(attrs, chart, key, series, value, suppressed) {
    return Object.assign(attrs, {
      'data-chart': chart,
      'data-key': key,
      'data-series': series,
      'data-value': suppressed ? undefined : value,
      'data-suppressed': suppressed ? 'true' : 'false',
    });
  }
  /** A hidden value: a hatched box of fixed size with a star, outside any scale, never a 0-length bar. */
  function suppressedMark(g, x, y, attrs, title, color) {
    const r = el('rect', Object.assign({ x, y: y + 3, width: MARK, height: ROW - 6, class: 'suppressed', fill: 'url(#hatch)', stroke: color || '#555' }, attrs), g);
    el('title', {}, r).textContent = title + ': suppressed for disclosure control';
    label(g, x + MARK / 2, y + ROW - 4, '*', { class: 'star', 'text-anchor': 'middle' });
    return x + MARK + 3;
  }
  /** The axis end: a round number just above `v`, so that its quarters (the ticks) read well. */
  function niceMax(v) {
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    return p * [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].find((m) => m * p >= v);
  }
  function legend(parent, series) {
    const ul = document.createElement('ul');
    ul.className = 'legend';
    for (const s of series) {
      const li = document.createElement('li');
      const sw = el('svg', { width: 14, height: 14, 'aria-hidden': 'true' });
      if (s.line) el('line', { x1: 7, x2: 7, y1: 0, y2: 14, class: 'reference' }, sw);
      else el('rect', { width: 14, height: 14, fill: s.color }, sw);
      li.append(sw, document.createTextNode(s.label));
      ul.append(li);
    }
    const li = document.createElement('li');
    const sw = el('svg', { width: 14, height: 14, 'aria-hidden': 'true' });
    el('rect', { width: 14, height: 14, fill: 'url(#hatch)', stroke: '#555' }, sw);
    li.append(sw, document.createTextNode('* suppressed for disclosure control'));
    ul.append(li);
    parent.append(ul);
  }

  /** Stacked horizontal bars of counts; hidden counts follow the bar as hatched marks. */
  function stackedBars(parent, chart, series, rows) {
    legend(parent, series);
    const colors = new Map(series.map((s) => [s.key, s.color]));
    const names = new Map(series.map((s) => [s.key, s.label]));
    const visible = (r) => r.cells.reduce((a, c) => a + (c.cell.suppressed ? 0 : c.cell.value), 0);
    const max = niceMax(Math.max(1, ...rows.map((r) => (r.total.suppressed ? visible(r) : r.total.value))));
    const s = svg(parent, rows.length, chart);
    rows.forEach((r, i) => {
      const y = i * ROW;
      const g = el('g', { class: 'row', 'data-key': r.key }, s);
      rowLabel(g, y + ROW - 7, r.label);
      let x = LABEL;
      for (const c of r.cells) {
        if (c.cell.suppressed) continue;
        const w = (c.cell.value / max) * BAR;
        const rect = el('rect', data({ x, y: y + 3, width: w, height: ROW - 6, fill: colors.get(c.series) }, chart, r.key, c.series, c.cell.value, false), g);
        el('title', {}, rect).textContent = r.label + ' · ' + names.get(c.series) + ': ' + c.cell.value;
        x += w;
      }
      x += 3;
      for (const c of r.cells) {
        if (c.cell.suppressed) x = suppressedMark(g, x, y, data({}, chart, r.key, c.series, null, true), r.label + ' · ' + names.get(c.series), colors.get(c.series));
      }
      const total = label(g, W - RIGHT + 6, y + ROW - 7, 'n ' + num(r.total) + (r.extra ? ' · ' + r.extra : ''), data({ class: 'value' }, chart, r.key, 'total', r.total.value, r.total.suppressed));
      total.setAttribute('text-anchor', 'start');
    });
    axis(s, rows.length, max, (v) => String(Math.round(v)));
  }

  /** Two bars per row (shares 0–100 %), with the 50 % line; a hidden share is a hatched mark. */
  function pairedBars(parent, chart, series, rows) {
    legend(parent, series);
    const h = ROW * series.length + 6;
    const s = el('svg', { viewBox: '0 0 ' + W + ' ' + (rows.length * h + 30), role: 'img', 'data-chart': chart, class: 'chart' });
    parent.append(s);
    rows.forEach((r, i) => {
      const y0 = i * h;
      const g = el('g', { class: 'row', 'data-key': r.key }, s);
      rowLabel(g, y0 + ROW - 2, r.label);
      series.forEach((se, j) => {
        const y = y0 + j * ROW;
        const v = r.row[se.share];
        const title = r.label + ' · ' + se.label;
        if (v == null) {
          // No share: hidden when a count it derives from is, else there was nobody to count.
          const hidden = r.row[se.base].suppressed || r.row[se.female].suppressed;
          if (hidden) suppressedMark(g, LABEL, y, data({}, chart, r.key, se.key, null, true), title, se.color);
          label(g, W - RIGHT + 6, y + ROW - 7, (hidden ? '*' : '–') + ' (n ' + num(r.row[se.base]) + ')', { class: 'value' });
          return;
        }
        const rect = el('rect', data({ x: LABEL, y: y + 3, width: v * BAR, height: ROW - 6, fill: se.color }, chart, r.key, se.key, v, false), g);
        el('title', {}, rect).textContent = title + ': ' + pct(v);
        label(g, W - RIGHT + 6, y + ROW - 7, pct(v) + ' (n ' + num(r.row[se.base]) + ')', { class: 'value' });
      });
    });
    reference(s, rows.length * h, 0.5, 1, '50 %');
    axis(s, (rows.length * h) / ROW, 1, pct);
  }

  /** One bar per row (a share) against a reference line, e.g. each district against the city. */
  function comparison(parent, chart, rows, average, averageLabel, fmt) {
    fmt = fmt || pct;
    legend(parent, [{ label: 'district', color: '#0072b2' }, { label: averageLabel + (average == null ? ' *' : ' ' + fmt(average)), color: '#d55e00', line: true }]);
    const max = niceMax(Math.max(0.001, average || 0, ...rows.map((r) => r.value || 0)));
    const s = svg(parent, rows.length, chart);
    rows.forEach((r, i) => {
      const y = i * ROW;
      const g = el('g', { class: 'row', 'data-key': r.key }, s);
      rowLabel(g, y + ROW - 7, r.label);
      if (r.value == null) {
        if (r.suppressed) suppressedMark(g, LABEL, y, data({}, chart, r.key, 'value', null, true), r.label);
        label(g, W - RIGHT + 6, y + ROW - 7, r.suppressed ? '*' : '– (no cases)', { class: 'value' });
        return;
      }
      const rect = el('rect', data({ x: LABEL, y: y + 3, width: (r.value / max) * BAR, height: ROW - 6, fill: '#0072b2' }, chart, r.key, 'value', r.value, false), g);
      el('title', {}, rect).textContent = r.label + ': ' + fmt(r.value);
      label(g, W - RIGHT + 6, y + ROW - 7, fmt(r.value), { class: 'value' });
    });
    if (average != null) {
      const line = reference(s, rows.length * ROW, average, max, '');
      Object.assign(line.dataset, { chart, key: 'average', value: String(average), suppressed: 'false' });
    }
    axis(s, rows.length, max, fmt);
  }

  function reference(s, height, v, max, name) {
    const x = LABEL + (v / max) * BAR;
    const line = el('line', { x1: x, x2: x, y1: 0, y2: height, class: 'reference' }, s);
    if (name) label(s, x + 3, 12, name, { class: 'axis' });
    return line;
  }
  function axis(s, rows, max, fmt) {
    const y = rows * ROW + 4;
    el('line', { x1: LABEL, x2: LABEL + BAR, y1: y, y2: y, class: 'axis-line' }, s);
    for (let i = 0; i <= 4; i++) {
      const x = LABEL + (i / 4) * BAR;
      el('line', { x1: x, x2: x, y1: y, y2: y + 4, class: 'axis-line' }, s);
      label(s, x, y + 18, fmt((i / 4) * max), { class: 'axis', 'text-anchor': 'middle' });
    }
  }

  start();
})();
