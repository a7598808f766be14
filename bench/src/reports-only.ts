import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_NODE_FLAGS } from '@kassel-hub/kit';
import { hubOperations } from '@kassel-hub/gateway/dist/monitoring/operations';
import { availableOperations } from '@kassel-hub/gateway/dist/monitoring/availability';
import { cpuSeconds, settle, startChild, stopOnSignal, type Child } from './child';
import { cpuPerRequest, postgresCpuSeconds } from './cpu';
import { timedOneByOne } from './load';
import { summarizeProfile } from './profile';
import { ROOT, startBenchStack, type BenchStack } from './stack';
import { gatewayRequest } from './workloads';

/*
 * Only the coordination reports, each alone at one connection through our gateway (Rust planner):
 * p50/p95 and every process's CPU per report, without the other targets and workloads of the
 * full bench, so that a scale 10 or 30 run fits in minutes.
 *   node bench/dist/reports-only.js [--scale 10] [--duration 6] [--rounds 2] [--profile]
 * With --profile the municipality subgraph's main thread is profiled by V8 over all reports.
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    duration: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const log = (m: string) => process.stdout.write(`[reports ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const GATEWAY_ENV = { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000', NODE_ENV: 'development', QUERY_PLANNER: 'rust' };

interface Row {
  field: string;
  round: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
  cpuMsPerRequest: Record<string, number>;
}

async function main() {
  const scale = Number(args.scale);
  const seconds = Number(args.duration);
  const rounds = Number(args.rounds);
  if (!(scale > 0 && scale <= 100) || !(seconds >= 1) || !(rounds >= 1)) throw new Error('--scale 0–100, --duration ≥ 1 s, --rounds ≥ 1');
  const profileDir = args.profile ? mkdtempSync(join(tmpdir(), 'hub-bench-reports-')) : undefined;
  let stack: BenchStack | undefined;
  let gateway: Child<{ url: string }> | undefined;
  const stopAll = async () => {
    await gateway?.stop();
    await stack?.stop();
  };
  stopOnSignal(stopAll);
  const started = Date.now();
  try {
    log(`starting PostgreSQL and four subgraphs at scale ${scale}`);
    stack = await startBenchStack(scale, profileDir ? { profileDir } : {});
    log(`subgraphs ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    gateway = await startChild<{ url: string }>(join(__dirname, 'hive-child.js'), { ...stack.gatewayEnv, ...GATEWAY_ENV }, { label: 'gateway', timeoutMs: 60_000, nodeArgs: [...GATEWAY_NODE_FLAGS] });
    const analyst = await stack.token('coordination', 'analyst');
    const operations = availableOperations(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'), hubOperations).filter((o) => o.needs === 'analyst' && o.report !== 'Query.districts');
    const origin = new URL(gateway.info.url).origin;
    const pg = Number(new URL(stack.adminUrl).port);
    const groups = {
      gateway: () => cpuSeconds(gateway!.pid),
      ...Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, () => cpuSeconds(s.child.pid)])),
      postgres: () => postgresCpuSeconds(pg),
    };
    const pids = [gateway.pid, ...Object.values(stack.subgraphs).map((s) => s.child.pid)];
    const rows: Row[] = [];
    if (profileDir) process.kill(stack.subgraphs.municipality.child.pid, 'SIGUSR2');
    for (let round = 1; round <= rounds; round++) {
      // Rotating order, so that no report always runs first after a pause.
      const order = operations.map((_, i) => operations[(i + round - 1) % operations.length]);
      for (const o of order) {
        await settle(pids, 5_000);
        const r = await cpuPerRequest(groups, () => timedOneByOne(origin, gatewayRequest(analyst, null, o.query, o.variables), seconds));
        rows.push({ field: o.name, round, ...r });
        log(`round ${round} ${o.name}: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ${r.requests} requests, ${r.errors} errors; CPU ms/report ${Object.entries(r.cpuMsPerRequest).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
      }
    }
    await gateway.stop();
    gateway = undefined;
    await stack.stop();
    stack = undefined;
    const md = toMarkdown(scale, seconds, rows);
    if (profileDir) {
      const file = join(profileDir, 'municipality.cpuprofile');
      const summary = existsSync(file) ? summarizeProfile(file, 30) : undefined;
      const lines = summary
        ? ['', `## Municipality subgraph, V8 profile over all reports (${summary.totalMs.toFixed(0)} ms)`, '', '| function | where | self ms | share |', '|---|---|---:|---:|', ...summary.functions.map((f) => `| ${f.name} | ${f.where} | ${f.selfMs.toFixed(0)} | ${(f.share * 100).toFixed(1)}% |`)]
        : ['', 'no profile was written'];
      process.stdout.write(`${lines.join('\n')}\n`);
      rmSync(profileDir, { recursive: true, force: true });
    }
    if (args.out) {
      mkdirSync(join(args.out, '..'), { recursive: true });
      writeFileSync(args.out, md);
    }
    process.stdout.write(`\n${md}\n`);
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await stopAll();
  }
}

function toMarkdown(scale: number, seconds: number, rows: Row[]): string {
  const names = Object.keys(rows[0]?.cpuMsPerRequest ?? {});
  const lines = [
    `Reports at scale ${scale}, each alone at 1 connection through our gateway (Rust planner), ≥ 20 requests or ${seconds} s per report and round; CPU in ms per report from /proc.`,
    '',
    `| report | round | requests | p50 ms | p95 ms | errors | ${names.join(' | ')} |`,
    `|---|---:|---:|---:|---:|---:|${names.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${r.field} | ${r.round} | ${r.requests} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} | ${names.map((n) => r.cpuMsPerRequest[n].toFixed(1)).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((err: Error) => {
  process.stderr.write(`reports bench failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
