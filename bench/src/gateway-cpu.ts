import 'reflect-metadata';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '@kassel-hub/datagen';
import { GATEWAY_NODE_FLAGS } from '@kassel-hub/kit';
import { cpuSeconds, settle, startChild, type Child } from './child';
import { summarizeProfile, type ProfileSummary } from './profile';
import { startBenchStack, type BenchStack } from './stack';
import { FANOUT_QUERY, LOOKUP_QUERY, consentingPseudonyms } from './workloads';

/*
 * `npm run bench:gateway-cpu -- [--scale 1] [--rounds 3] [--requests 15] [--profile] [--out FILE]
 *   [--variants full50,flat50] [--ours-flags=--max-semi-space-size=32] [--no-bytes]`
 *
 * Where the gateway's CPU per fan-out goes, by shape of the request: our gateway, the bare Hive
 * runtime (Rust planner) and @apollo/gateway over the same subgraphs, each asked the fan-out and
 * variants of it (fewer people, fewer partners, no nested entities, a single subgraph) one request
 * at a time, in rotating order, for `--rounds` rounds; the gateway process's CPU (user + system
 * from /proc) per request, median of the rounds. Also, through a counting proxy in front of every
 * subgraph: subgraph requests and bytes sent and received per request, for the Hive runtime and
 * for Apollo. With --profile, a V8 profile of each gateway on the full fan-out. `--ours-flags` adds
 * ours once more with extra V8 flags (a runtime option measured against the rest in the same rounds).
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    requests: { type: 'string', default: '15' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string' },
    /** Only these variants (comma-separated keys). */
    variants: { type: 'string' },
    /** One more target: ours with these V8 flags added (space-separated), given as --ours-flags=--flag=value. */
    'ours-flags': { type: 'string' },
    /** Without the counting proxies' table. */
    'no-bytes': { type: 'boolean', default: false },
  },
});
const log = (m: string) => process.stdout.write(`[gateway-cpu ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const BENCH_GATEWAY_ENV = { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000', NODE_ENV: 'development' };

interface Variant {
  key: string;
  title: string;
  query: string;
  people?: number;
  purpose?: string | null;
}

const YOUTHS = (fields: string) => `query V($ps: [ID!]!) { youths(pseudonyms: $ps) { ${fields} } }`;
const VARIANTS: Variant[] = [
  { key: 'full50', title: 'the fan-out, 50 people (workload a1)', query: FANOUT_QUERY, people: 50 },
  { key: 'full10', title: 'the fan-out, 10 people', query: FANOUT_QUERY, people: 10 },
  { key: 'full1', title: 'the fan-out, 1 person', query: FANOUT_QUERY, people: 1 },
  {
    key: 'flat50',
    title: 'all five partners, no nested entities, 50 people',
    query: YOUTHS('pseudonym district { name } transitionCase { outcome } welfareMeasures { measure } schoolLeaving { qualification } orientationActivities { kind } guidanceContacts { date } applications { outcome } measures { measure } receivesSgb2 trainingContracts { startDate }'),
    people: 50,
  },
  { key: 'one50', title: 'the city and one partner (employment, @requires), 50 people', query: YOUTHS('pseudonym measures { measure } receivesSgb2'), people: 50 },
  { key: 'root50', title: 'the city alone (one fetch, no @requires), 50 people', query: YOUTHS('pseudonym district { name } transitionCase { outcome }'), people: 50 },
  { key: 'lookup', title: `single-subgraph lookup ${LOOKUP_QUERY}`, query: LOOKUP_QUERY, purpose: null },
];

interface GatewayTarget {
  key: string;
  title: string;
  script: string;
  env: Record<string, string>;
  nodeArgs: readonly string[];
}
const TARGETS: GatewayTarget[] = [
  { key: 'ours', title: 'ours, Rust planner', script: join(__dirname, 'hive-child.js'), env: { QUERY_PLANNER: 'rust' }, nodeArgs: GATEWAY_NODE_FLAGS },
  { key: 'bare', title: 'bare Hive runtime, Rust planner', script: join(__dirname, 'bare-child.js'), env: {}, nodeArgs: GATEWAY_NODE_FLAGS },
  { key: 'apollo', title: '@apollo/gateway 2.14', script: join(__dirname, 'apollo-child.js'), env: {}, nodeArgs: [] },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Per subgraph: requests, request body bytes and response body bytes seen by the counting proxy. */
type Traffic = Record<string, { requests: number; connections: number; sent: number; received: number }>;

/** A reverse proxy per subgraph that forwards everything unchanged and counts bodies. */
async function countingProxies(stack: BenchStack) {
  const traffic: Traffic = {};
  const env: Record<string, string> = {};
  const servers = await Promise.all(
    Object.values(stack.subgraphs).map(async (sg) => {
      const target = new URL(sg.url);
      const server = createServer((req: IncomingMessage, res: ServerResponse) => {
        const t = (traffic[sg.name] ??= { requests: 0, connections: 0, sent: 0, received: 0 });
        t.requests++;
        const up = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.on('data', (c: Buffer) => (t.received += c.length));
          upRes.pipe(res);
        });
        req.on('data', (c: Buffer) => (t.sent += c.length));
        req.pipe(up);
      });
      // New TCP connections opened by the gateway: a gateway without keep-alive pays a handshake per call.
      server.on('connection', () => ((traffic[sg.name] ??= { requests: 0, connections: 0, sent: 0, received: 0 }).connections += 1));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      env[`${sg.name.toUpperCase()}_URL`] = `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`;
      return server;
    }),
  );
  return {
    env,
    traffic,
    reset: () => Object.keys(traffic).forEach((k) => delete traffic[k]),
    close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))),
  };
}

async function main() {
  try {
    setPriority(-10);
  } catch {
    /* not root: noisier */
  }
  const scale = Number(args.scale);
  const rounds = Number(args.rounds);
  const perRound = Number(args.requests);
  if (args['ours-flags']) {
    const flags = args['ours-flags'].split(' ').filter(Boolean);
    TARGETS.splice(1, 0, { key: 'ours-flags', title: `ours with ${flags.join(' ')}`, script: join(__dirname, 'hive-child.js'), env: { QUERY_PLANNER: 'rust' }, nodeArgs: [...GATEWAY_NODE_FLAGS, ...flags] });
  }
  const variants = args.variants ? VARIANTS.filter((v) => args.variants!.split(',').includes(v.key)) : VARIANTS;
  log(`starting PostgreSQL and the subgraphs at scale ${scale}`);
  const stack = await startBenchStack(scale);
  const children: Child<{ url: string }>[] = [];
  const out: string[] = [];
  try {
    const world = generate({ seed: 2014, scale });
    const token = await stack.token('coordination', 'caseworker');
    const fifty = consentingPseudonyms(world, 50);
    const body = (v: Variant) => JSON.stringify({ query: v.query, variables: v.people ? { ps: fifty.slice(0, v.people) } : undefined });
    const headers = (v: Variant) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(v.purpose === null ? {} : { 'x-hub-purpose': v.purpose ?? 'TRANSITION_SUPPORT' }) });
    const send = async (url: string, v: Variant) => {
      const res = await fetch(url, { method: 'POST', headers: headers(v), body: body(v) });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors":')) throw new Error(`${v.key}: ${res.status} ${text.slice(0, 300)}`);
      return text.length;
    };

    const gateways: Record<string, Child<{ url: string }>> = {};
    for (const t of TARGETS) {
      gateways[t.key] = await startChild<{ url: string }>(t.script, { ...stack.gatewayEnv, ...BENCH_GATEWAY_ENV, ...t.env }, { label: t.title, timeoutMs: 60_000, nodeArgs: [...t.nodeArgs] });
      children.push(gateways[t.key]);
    }
    const pids = [...Object.values(stack.subgraphs).map((s) => s.child.pid), ...children.map((c) => c.pid)];

    // Subgraph requests and bytes per request of each variant, Hive runtime and Apollo through the proxies.
    const proxies = await countingProxies(stack);
    const counted: Record<string, Record<string, Traffic & { answer: number }>> = {};
    for (const t of args['no-bytes'] ? [] : TARGETS.filter((x) => x.key === 'bare' || x.key === 'apollo')) {
      const g = await startChild<{ url: string }>(t.script, { ...stack.gatewayEnv, ...proxies.env, ...BENCH_GATEWAY_ENV, ...t.env }, { label: `${t.title} (counted)`, timeoutMs: 60_000, nodeArgs: [...t.nodeArgs] });
      counted[t.key] = {};
      for (const v of variants) {
        await send(g.info.url, v);
        proxies.reset();
        const answer = await send(g.info.url, v);
        counted[t.key][v.key] = { ...structuredClone(proxies.traffic), answer } as Traffic & { answer: number };
      }
      await g.stop();
    }
    await proxies.close();

    // Warm every target on every variant, then the rounds.
    for (const t of TARGETS) for (const v of variants) for (let i = 0; i < 5; i++) await send(gateways[t.key].info.url, v);
    const cpu: Record<string, Record<string, number[]>> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [vi, v] of variants.entries()) {
        const order = [...TARGETS.slice((r + vi) % TARGETS.length), ...TARGETS.slice(0, (r + vi) % TARGETS.length)];
        for (const t of order) {
          await settle(pids, 5000);
          const g = gateways[t.key];
          const before = cpuSeconds(g.pid);
          for (let i = 0; i < perRound; i++) await send(g.info.url, v);
          const ms = ((cpuSeconds(g.pid) - before) * 1000) / perRound;
          ((cpu[v.key] ??= {})[t.key] ??= []).push(ms);
          log(`round ${r + 1} ${v.key} ${t.key}: ${ms.toFixed(2)} ms per request`);
        }
      }
    }

    out.push(`## Gateway CPU per request by shape (ms, median of ${rounds} rounds of ${perRound} sequential requests)`, '');
    out.push(`| variant | ${TARGETS.map((t) => t.title).join(' | ')} | ${TARGETS.filter((t) => t.key !== 'apollo').map((t) => `${t.key} ÷ Apollo`).join(' | ')} | rounds (${TARGETS.map((t) => t.key).join('; ')}) |`);
    out.push(`|---|${TARGETS.map(() => '---:').join('|')}|${TARGETS.filter((t) => t.key !== 'apollo').map(() => '---:').join('|')}|---|`);
    for (const v of variants) {
      const m = (k: string) => median(cpu[v.key][k]);
      const rs = TARGETS.map((t) => cpu[v.key][t.key].map((x) => x.toFixed(1)).join(', ')).join('; ');
      out.push(`| ${v.title} | ${TARGETS.map((t) => m(t.key).toFixed(2)).join(' | ')} | ${TARGETS.filter((t) => t.key !== 'apollo').map((t) => `${(m(t.key) / m('apollo')).toFixed(2)}x`).join(' | ')} | ${rs} |`);
    }
    if (!args['no-bytes']) {
      out.push('', '## Subgraph requests and bytes per request (counting proxy in front of each subgraph)', '');
      out.push('| variant | gateway | answer bytes | subgraph requests | new connections | bytes sent to subgraphs | bytes received from subgraphs | per subgraph (requests: sent/received bytes) |', '|---|---|---:|---:|---:|---:|---:|---|');
    }
    for (const v of args['no-bytes'] ? [] : variants) {
      for (const t of TARGETS.filter((x) => x.key === 'bare' || x.key === 'apollo')) {
        const c = counted[t.key][v.key];
        const subs = Object.entries(c).filter(([k]) => k !== 'answer') as [string, Traffic[string]][];
        const sum = (f: (x: Traffic[string]) => number) => subs.reduce((n, [, x]) => n + f(x), 0);
        const per = subs.map(([k, x]) => `${k} ${x.requests}: ${x.sent}/${x.received}`).join(', ');
        out.push(`| ${v.key} | ${t.key} | ${c.answer} | ${sum((x) => x.requests)} | ${sum((x) => x.connections)} | ${sum((x) => x.sent)} | ${sum((x) => x.received)} | ${per} |`);
      }
    }

    if (args.profile) {
      const full = variants.find((v) => v.key === 'full50') ?? variants[0];
      for (const t of TARGETS.filter((x) => x.key !== 'ours-flags')) {
        const dir = mkdtempSync(join(tmpdir(), 'hub-gwcpu-prof-'));
        const file = join(dir, `${t.key}.cpuprofile`);
        const g = await startChild<{ url: string }>(t.script, { ...stack.gatewayEnv, ...BENCH_GATEWAY_ENV, ...t.env, BENCH_PROFILE_FILE: file }, { label: `${t.title} (profiled)`, timeoutMs: 60_000, nodeArgs: [...t.nodeArgs] });
        for (let i = 0; i < 10; i++) await send(g.info.url, full);
        await settle(pids, 5000);
        process.kill(g.pid, 'SIGUSR2');
        await new Promise((r) => setTimeout(r, 300));
        const n = 60;
        const before = cpuSeconds(g.pid);
        for (let i = 0; i < n; i++) await send(g.info.url, full);
        const ms = ((cpuSeconds(g.pid) - before) * 1000) / n;
        await g.stop();
        const s: ProfileSummary | undefined = existsSync(file) ? summarizeProfile(file, 30) : undefined;
        if (args.out) writeFileSync(`${args.out}.${t.key}.cpuprofile.json`, JSON.stringify(s, null, 1));
        rmSync(dir, { recursive: true, force: true });
        if (!s) continue;
        const busy = s.packages.filter((p) => p.name !== '(idle)').reduce((a, p) => a + p.selfMs, 0);
        out.push('', `## Profile of ${t.title} on ${full.key}: ${n} requests, ${ms.toFixed(1)} ms CPU per request, main thread busy ${(busy / n).toFixed(1)} ms per request`, '');
        out.push('| package | self ms per request | share of busy |', '|---|---:|---:|');
        for (const p of s.packages.filter((x) => x.name !== '(idle)')) out.push(`| ${p.name} | ${(p.selfMs / n).toFixed(2)} | ${((100 * p.selfMs) / busy).toFixed(0)}% |`);
        out.push('', '| function | where | self ms per request |', '|---|---|---:|');
        for (const f of s.functions.filter((x) => x.name !== '(idle)')) out.push(`| ${f.name} | ${f.where} | ${(f.selfMs / n).toFixed(2)} |`);
      }
    }
    const text = out.join('\n') + '\n';
    process.stdout.write('\n' + text);
    if (args.out) writeFileSync(args.out, text);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await stack.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`gateway-cpu failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
