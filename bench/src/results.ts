import type { LoadResult } from './load';
import type { ProfileSummary } from './profile';

export interface Target {
  key: string;
  title: string;
}

export interface BenchResults {
  date: string;
  scale: number;
  machine: { nproc: number; memoryGb: number; cpu: string; node: string };
  options: { seconds: number; warmupSeconds: number; connections: number };
  targets: Target[];
  workloads: { key: string; title: string }[];
  /** runs[workload][target], with the CPU milliseconds each process spent per request (older runs lack it). */
  runs: Record<string, Record<string, LoadResult & { cpuMsPerRequest?: Record<string, number> }>>;
  peakRssMb: Record<string, number>;
  /** SQL statements per subgraph for one fan-out request at two result sizes. */
  statements: { size: number; perSubgraph: Record<string, number> }[];
  /** SQL statements per subgraph for one fan-out of 50 through each gateway (the plan's cost). */
  statementsByTarget: Record<string, Record<string, number>>;
  /** Security on ÷ off in req/s, per alternating round, for the fan-out (a) and the lookup (b). */
  security?: { workload: string; ratios: number[] }[];
  /** Our gateway's CPU per fan-out (a1) with one part left out at a time, per round. */
  costTable?: { variant: string; omit: string[]; gatewayMs: number[]; rps: number[] }[];
  /** CPU per fan-out (a1) by process, per round, for ours, the bare runtime, Apollo and the baseline. */
  cpuRounds?: Record<string, Record<string, number>[]>;
  /** Whether each target answered the fan-out byte for byte as ours (Rust planner) did. */
  sameAnswer?: Record<string, boolean>;
  /** The commit run as the `baseline` target (`--baseline <ref>`), over its own subgraphs. */
  baseline?: { ref: string; commit: string };
  reports: { field: string; p50: number; p95: number; requests: number; errors: number }[];
  notes: string[];
  /** CPU profiles of our gateway, by the workload they were taken under. */
  profiles: Record<string, ProfileSummary | undefined>;
}

export interface Check {
  what: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)}%` : 'n/a');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** What the partners spend on a request: every subgraph process and PostgreSQL, not the gateway. */
export const partnerMs = (cpu: Record<string, number>) => sum(Object.entries(cpu).filter(([k]) => k !== 'gateway').map(([, v]) => v));

/** The issue's targets, evaluated on one run; `pass` is null when a figure is missing. */
export function checks(r: BenchResults): Check[] {
  const run = (w: string, t: string) => r.runs[w]?.[t];
  const out: Check[] = [];
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.rps / b.rps : NaN);
  for (const w of ['a', 'a1']) {
    for (const planner of ['hive-rust', 'hive-js']) {
      const x = ratio(run(w, planner), run(w, 'apollo'));
      const apolloNone = run(w, 'apollo')?.requests === 0;
      const measured = apolloNone ? `∞ (@apollo/gateway completed no request in ${r.options.seconds} s)` : `${fmt(x, 2)}x`;
      const what = `(${w}) fan-out req/s, ${planner} ÷ @apollo/gateway${w === 'a1' ? ', 1 connection' : ''} (for information)`;
      out.push({ what, target: '—', measured, pass: null });
    }
  }
  for (const w of ['b1', 'b']) {
    const b = run(w, 'hive-rust');
    const floor = run(w, 'direct');
    const overhead = b && floor ? b.p50 / floor.p50 - 1 : NaN;
    const label = w === 'b1' ? '(b1) lookup p50, ours ÷ direct, 1 connection' : '(b) lookup p50, ours ÷ direct, saturated (for information)';
    out.push({ what: label, target: '≤ 1.5x', measured: `${fmt(overhead + 1, 2)}x (${fmt(b?.p50 ?? NaN)} vs ${fmt(floor?.p50 ?? NaN)} ms)`, pass: w === 'b1' && Number.isFinite(overhead) ? overhead + 1 <= 1.5 : null });
  }
  const hop = run('b1', 'hop');
  const floor1 = run('b1', 'direct');
  if (hop && floor1) {
    out.push({ what: '(b) lookup p50 overhead of a bare Node proxy hop over direct, 1 connection (for information: the least any gateway process adds)', target: '—', measured: `${pct(hop.p50 / floor1.p50 - 1)} (${fmt(hop.p50)} vs ${fmt(floor1.p50)} ms)`, pass: null });
  }
  // From the one-connection fan-out: with 20, requests cut off at the end of the window cost CPU
  // without being counted as done. The medians over the CPU rounds where there are any.
  const gw = (t: string): Record<string, number> | undefined => {
    const rounds = r.cpuRounds?.[t];
    if (!rounds?.length) return run('a1', t)?.cpuMsPerRequest;
    return Object.fromEntries(Object.keys(rounds[0]).map((k) => [k, median(rounds.map((x) => x[k]))]));
  };
  const rounds = (t: string) => (r.cpuRounds?.[t]?.length ? `, median of ${r.cpuRounds[t].length} rounds` : ', one run');
  const ours = gw('hive-rust');
  const apollo = gw('apollo');
  const bare = gw('hive-bare');
  const base = gw('baseline');
  if (ours?.gateway !== undefined && apollo?.gateway !== undefined) {
    const x = ours.gateway / apollo.gateway;
    out.push({ what: `(a1) gateway CPU per fan-out, ours ÷ @apollo/gateway${rounds('hive-rust')}`, target: '≤ 0.33x', measured: `${fmt(x, 2)}x (${fmt(ours.gateway, 2)} vs ${fmt(apollo.gateway, 2)} ms)`, pass: Number.isFinite(x) ? x <= 1 / 3 : null });
    if (bare?.gateway !== undefined) {
      out.push({ what: '(a1) gateway CPU per fan-out, bare Hive runtime ÷ @apollo/gateway (for information: the floor of this runtime)', target: '—', measured: `${fmt(bare.gateway / apollo.gateway, 2)}x (${fmt(bare.gateway, 2)} vs ${fmt(apollo.gateway, 2)} ms)`, pass: null });
      out.push({ what: '(a1) gateway CPU per fan-out, ours ÷ bare Hive runtime (for information: what the hub adds)', target: '—', measured: `${fmt(ours.gateway / bare.gateway, 2)}x (${fmt(ours.gateway, 2)} vs ${fmt(bare.gateway, 2)} ms)`, pass: null });
    }
    const all = sum(Object.values(apollo));
    out.push({
      what: "(a1) the most any gateway could reach over @apollo/gateway here: CPU per fan-out of all processes with Apollo ÷ the same without Apollo's own (for information)",
      target: '—',
      measured: `${fmt(all / (all - apollo.gateway), 2)}x (${fmt(all)} ms of CPU per fan-out, ${fmt(apollo.gateway)} of it in the gateway)`,
      pass: null,
    });
  }
  if (ours && base) {
    const x = partnerMs(base) / partnerMs(ours);
    out.push({
      what: `(a1) partner CPU per fan-out (subgraphs + PostgreSQL), baseline ${r.baseline?.ref ?? ''} ÷ ours${rounds('baseline')}`,
      target: '≥ 3x',
      measured: `${fmt(x, 2)}x (${fmt(partnerMs(base))} vs ${fmt(partnerMs(ours))} ms; PostgreSQL ${fmt(base.postgres)} vs ${fmt(ours.postgres)})`,
      pass: Number.isFinite(x) ? x >= 3 : null,
    });
  }
  for (const { workload, ratios } of r.security ?? []) {
    const cost = 1 - median(ratios);
    const range = `${pct(1 - Math.max(...ratios))} to ${pct(1 - Math.min(...ratios))}`;
    out.push({ what: `(${workload}) req/s lost to security (on vs off), median of ${ratios.length} alternating rounds`, target: '≤ 15%', measured: `${pct(cost)} (rounds: ${range})`, pass: cost <= 0.15 });
  }
  for (const w of ['a', 'b']) {
    const on = run(w, 'hive-rust');
    const off = run(w, 'hive-open');
    const cost = on && off ? 1 - on.rps / off.rps : NaN;
    const rounds = Boolean(r.security?.length);
    out.push({ what: `(${w}) req/s lost to security (on vs off)${rounds ? ', one interleaved run (for information)' : ''}`, target: '≤ 15%', measured: pct(cost), pass: rounds ? null : Number.isFinite(cost) ? cost <= 0.15 : null });
  }
  const [small, large] = r.statements;
  if (small && large) {
    const same = Object.keys(small.perSubgraph).every((k) => small.perSubgraph[k] === large.perSubgraph[k]);
    const show = (s: typeof small) => Object.values(s.perSubgraph).join('+');
    out.push({ what: `SQL statements per fan-out request, ${small.size} vs ${large.size} young people`, target: 'constant', measured: `${show(small)} vs ${show(large)}`, pass: same });
  }
  for (const t of r.targets.filter((x) => x.key in r.peakRssMb)) {
    const mb = r.peakRssMb[t.key];
    out.push({ what: `peak RSS of ${t.title}`, target: '< 400 MB', measured: `${fmt(mb, 0)} MB`, pass: Number.isFinite(mb) ? mb < 400 : null });
  }
  if (r.reports.length) {
    const slowest = r.reports.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const limit = r.scale <= 10 ? 250 : 1000;
    out.push({ what: 'slowest report p95, alone through our gateway', target: `≤ ${limit} ms (${r.scale <= 10 ? 'up to scale 10' : 'above scale 10'})`, measured: `${fmt(slowest.p95, 0)} ms (${slowest.field})`, pass: slowest.p95 <= limit });
  }
  if (r.sameAnswer && Object.keys(r.sameAnswer).length) {
    const differ = Object.entries(r.sameAnswer).filter(([, same]) => !same).map(([k]) => k);
    out.push({ what: 'the fan-out answered byte for byte alike by every target', target: 'identical', measured: differ.length ? `differs: ${differ.join(', ')}` : 'identical', pass: differ.length === 0 });
  }
  const errors = Object.values(r.runs).flatMap((byTarget) => Object.values(byTarget)).reduce((n, x) => n + x.errors + x.non2xx + x.graphqlErrors, 0);
  out.push({ what: 'errors, non-2xx and GraphQL errors in all runs', target: '0', measured: String(errors), pass: errors === 0 });
  return out;
}

/** The results as Markdown: per-workload tables, ratios side by side, pass/fail, the profile. */
export function toMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Benchmark ${r.date}, scale ${r.scale}`, '');
  if (r.baseline) lines.push(`Baseline: ${r.baseline.ref} at ${r.baseline.commit}, its gateway over its own subgraphs and PostgreSQL, built in a worktree of its own.`, '');
  lines.push(`Machine: ${r.machine.nproc} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB, Node ${r.machine.node}. ` +
    `Each run: ${r.options.warmupSeconds} s warm-up, then ${r.options.seconds} s with ${r.options.connections} connections (autocannon, loopback).`, '');
  for (const w of r.workloads) {
    const byTarget = r.runs[w.key];
    if (!byTarget) continue;
    lines.push(`## (${w.key}) ${w.title}`, '', '| target | req/s | p50 ms | p95 ms | p99 ms | requests | errors | non-2xx | GraphQL errors | req/s vs @apollo/gateway |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const apollo = byTarget.apollo;
    for (const t of r.targets) {
      const x = byTarget[t.key];
      if (!x) continue;
      const vs = apollo ? `${fmt(x.rps / apollo.rps, 2)}x` : '';
      lines.push(`| ${t.title} | ${fmt(x.rps)} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${x.requests} | ${x.errors} | ${x.non2xx} | ${x.graphqlErrors} | ${vs} |`);
    }
    lines.push('');
  }
  lines.push('## Targets', '', '| check | target | measured | result |', '|---|---|---|---|');
  for (const c of checks(r)) lines.push(`| ${c.what} | ${c.target} | ${c.measured} | ${c.pass === null ? 'n/a' : c.pass ? 'PASS' : 'FAIL'} |`);
  lines.push('', '## Query planner: Rust vs JS (our gateway, security on)', '', '| workload | Rust req/s | JS req/s | Rust ÷ JS | Rust p50 | JS p50 |', '|---|---:|---:|---:|---:|---:|');
  for (const w of r.workloads) {
    const rust = r.runs[w.key]?.['hive-rust'];
    const js = r.runs[w.key]?.['hive-js'];
    if (rust && js) lines.push(`| (${w.key}) ${w.title} | ${fmt(rust.rps)} | ${fmt(js.rps)} | ${fmt(rust.rps / js.rps, 2)}x | ${fmt(rust.p50)} | ${fmt(js.p50)} |`);
  }
  const cpuRows = r.workloads.flatMap((w) => r.targets.map((t) => [w, t, r.runs[w.key]?.[t.key]?.cpuMsPerRequest] as const)).filter(([, , c]) => c);
  if (cpuRows.length) {
    const groups = [...new Set(cpuRows.flatMap(([, , c]) => Object.keys(c!)))];
    lines.push('', '## CPU per request, by process (ms, user + system, over the measured run)', '',
      'With more than one connection, the requests cut off at the end of a window have cost CPU without being counted as done: the one-connection rows are the exact ones.', '', `| workload | target | ${groups.join(' | ')} | total |`, `|---|---|${groups.map(() => '---:').join('|')}|---:|`);
    for (const [w, t, c] of cpuRows) lines.push(`| (${w.key}) | ${t.title} | ${groups.map((g) => (g in c! ? fmt(c![g], 2) : '')).join(' | ')} | ${fmt(sum(Object.values(c!)), 2)} |`);
    lines.push('', 'Partner cost (all subgraphs and PostgreSQL, without the gateway) per request:', '', `| workload | ${r.targets.filter((t) => cpuRows.some(([, x]) => x.key === t.key)).map((t) => t.title).join(' | ')} |`, `|---|${r.targets.filter((t) => cpuRows.some(([, x]) => x.key === t.key)).map(() => '---:').join('|')}|`);
    for (const w of r.workloads) {
      const cells = r.targets.filter((t) => cpuRows.some(([, x]) => x.key === t.key)).map((t) => r.runs[w.key]?.[t.key]?.cpuMsPerRequest);
      if (cells.some(Boolean)) lines.push(`| (${w.key}) | ${cells.map((c) => (c ? fmt(partnerMs(c), 2) : '')).join(' | ')} |`);
    }
  }
  if (r.cpuRounds && Object.keys(r.cpuRounds).length) {
    const groups = [...new Set(Object.values(r.cpuRounds).flatMap((rs) => rs.flatMap((x) => Object.keys(x))))];
    lines.push('', '## CPU per fan-out (a1), medians of rotating rounds (ms)', '', `| target | rounds | ${groups.join(' | ')} | partners | total |`, `|---|---:|${groups.map(() => '---:').join('|')}|---:|---:|`);
    for (const [k, rs] of Object.entries(r.cpuRounds)) {
      const m = (f: (x: Record<string, number>) => number) => fmt(median(rs.map(f)), 2);
      lines.push(`| ${r.targets.find((t) => t.key === k)?.title ?? k} | ${rs.length} | ${groups.map((g) => m((x) => x[g] ?? NaN)).join(' | ')} | ${m(partnerMs)} | ${m((x) => sum(Object.values(x)))} |`);
    }
  }
  if (r.costTable?.length) {
    const full = median(r.costTable[0].gatewayMs);
    lines.push('', '## Our gateway by source of cost: CPU per fan-out (a1) with one part left out', '',
      'Each variant in its own process, measured in rounds of alternating order; the saving is the full gateway\'s median minus the variant\'s. Signing stays in all of them (the subgraphs refuse unsigned requests).', '',
      '| variant | gateway ms per fan-out (rounds) | median | saved vs all parts | req/s (median) |', '|---|---|---:|---:|---:|');
    for (const x of r.costTable) {
      const m = median(x.gatewayMs);
      lines.push(`| ours ${x.variant} | ${x.gatewayMs.map((v) => fmt(v, 2)).join(', ')} | ${fmt(m, 2)} | ${fmt(full - m, 2)} | ${fmt(median(x.rps))} |`);
    }
  }
  if (r.security?.length) {
    lines.push('', '## Security on ÷ off (req/s), alternating rounds', '', '| workload | rounds | median | min | max |', '|---|---|---:|---:|---:|');
    for (const x of r.security) lines.push(`| (${x.workload}) | ${x.ratios.map((v) => fmt(v, 2)).join(', ')} | ${fmt(median(x.ratios), 2)} | ${fmt(Math.min(...x.ratios), 2)} | ${fmt(Math.max(...x.ratios), 2)} |`);
  }
  lines.push('', '## Peak RSS per gateway process (VmHWM)', '', '| gateway | MB |', '|---|---:|');
  for (const [k, mb] of Object.entries(r.peakRssMb)) lines.push(`| ${r.targets.find((t) => t.key === k)?.title ?? k} | ${fmt(mb, 0)} |`);
  lines.push('', '## SQL statements per fan-out request', '', `| young people | ${Object.keys(r.statements[0]?.perSubgraph ?? {}).join(' | ')} |`, `|---|${Object.keys(r.statements[0]?.perSubgraph ?? {}).map(() => '---:').join('|')}|`);
  for (const s of r.statements) lines.push(`| ${s.size} | ${Object.values(s.perSubgraph).join(' | ')} |`);
  lines.push('', '| one fan-out of 50 through | statements per subgraph | total |', '|---|---|---:|');
  for (const [k, per] of Object.entries(r.statementsByTarget ?? {})) {
    lines.push(`| ${r.targets.find((t) => t.key === k)?.title ?? k} | ${Object.entries(per).map(([p, n]) => `${p} ${n}`).join(', ')} | ${Object.values(per).reduce((a, b) => a + b, 0)} |`);
  }
  if (r.reports.length) {
    lines.push('', '## Coordination reports, one at a time through our gateway (1 connection)', '', '| report | requests | p50 ms | p95 ms | errors |', '|---|---:|---:|---:|---:|');
    for (const x of r.reports) lines.push(`| ${x.field} | ${x.requests} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${x.errors} |`);
  }
  for (const [label, profile] of Object.entries(r.profiles ?? {})) {
    if (!profile) continue;
    lines.push('', `## CPU profile of our gateway during ${label} (${fmt(profile.totalMs / 1000)} s sampled)`, '', '| self time by package | ms | share |', '|---|---:|---:|');
    for (const p of profile.packages) lines.push(`| ${p.name} | ${fmt(p.selfMs, 0)} | ${pct(p.share)} |`);
    lines.push('', '| top functions (self time) | where | ms | share |', '|---|---|---:|---:|');
    for (const f of profile.functions) lines.push(`| ${f.name} | ${f.where} | ${fmt(f.selfMs, 0)} | ${pct(f.share)} |`);
  }
  if (r.notes.length) lines.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
