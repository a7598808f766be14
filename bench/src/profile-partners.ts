import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '@kassel-hub/datagen';
import { GATEWAY_NODE_FLAGS } from '@kassel-hub/kit';
import { cpuSeconds, settle, startChild, stopOnSignal, type Child } from './child';
import { runLoad } from './load';
import { cpuPerRequest, postgresCpuSeconds } from './cpu';
import { summarizeProfile } from './profile';
import { partnerMs } from './results';
import { startBenchStack, type BenchStack } from './stack';
import { FANOUT_QUERY, consentingPseudonyms, gatewayRequest, type LoadRequest } from './workloads';

/*
 * Where the partners' CPU goes on the fan-out (a1: 50 young people, one connection, through our
 * gateway with the Rust planner).
 *   node bench/dist/profile-partners.js [--scale 1] [--duration 15]
 *     profiles each subgraph's main thread with V8 after a warm-up, and reads every process's CPU
 *     per fan-out from /proc.
 *   node bench/dist/profile-partners.js --env-b NAME=VALUE[,NAME=VALUE] [--rounds 6] [--duration 8]
 *     runs a second stack whose subgraphs get that environment, and sends the fan-out to the two
 *     in alternating rounds: the median ratio of their partner CPU per fan-out is what the setting
 *     changes, read within one run on a shared machine.
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '15' },
    top: { type: 'string', default: '25' },
    'env-b': { type: 'string' },
    rounds: { type: 'string', default: '6' },
  },
});
const log = (m: string) => process.stdout.write(`[partners] ${m}\n`);
const GATEWAY_ENV = { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000', NODE_ENV: 'development', QUERY_PLANNER: 'rust' };

interface Side {
  stack: BenchStack;
  gateway: Child<{ url: string }>;
}

async function partnerCpu(side: Side, fanout: LoadRequest[], seconds: number) {
  const pg = Number(new URL(side.stack.adminUrl).port);
  const groups = {
    gateway: () => cpuSeconds(side.gateway.pid),
    ...Object.fromEntries(Object.values(side.stack.subgraphs).map((s) => [s.name, () => cpuSeconds(s.child.pid)])),
    postgres: () => postgresCpuSeconds(pg),
  };
  const url = new URL(side.gateway.info.url).origin;
  return cpuPerRequest(groups, () => runLoad({ url, requests: fanout, connections: 1, seconds }));
}

async function main() {
  const scale = Number(args.scale);
  const seconds = Number(args.duration);
  const envB = args['env-b'] ? Object.fromEntries(args['env-b'].split(',').map((kv) => kv.split('=') as [string, string])) : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-partners-'));
  const sides: Side[] = [];
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    await Promise.all(sides.map((s) => s.gateway.stop()));
    await Promise.all(sides.map((s) => s.stack.stop()));
  };
  stopOnSignal(stopAll);
  try {
    const stacks = await Promise.all([startBenchStack(scale, envB ? {} : { profileDir: dir }), ...(envB ? [startBenchStack(scale, { subgraphEnv: envB })] : [])]);
    const world = generate({ seed: 2014, scale });
    for (const stack of stacks) {
      const gateway = await startChild<{ url: string }>(join(__dirname, 'hive-child.js'), { ...stack.gatewayEnv, ...GATEWAY_ENV }, { label: 'gateway', timeoutMs: 60_000, nodeArgs: [...GATEWAY_NODE_FLAGS] });
      sides.push({ stack, gateway });
    }
    const fanouts = await Promise.all(stacks.map(async (s) => [gatewayRequest(await s.token('coordination', 'caseworker'), 'TRANSITION_SUPPORT', FANOUT_QUERY, { ps: consentingPseudonyms(world, 50) })]));
    for (const [i, side] of sides.entries()) await runLoad({ url: new URL(side.gateway.info.url).origin, requests: fanouts[i], connections: 1, seconds: 5 });
    const pids = sides.flatMap((s) => [s.gateway.pid, ...Object.values(s.stack.subgraphs).map((sg) => sg.child.pid)]);
    if (!envB) {
      await settle(pids);
      for (const sg of Object.values(stacks[0].subgraphs)) process.kill(sg.child.pid, 'SIGUSR2');
      await new Promise((r) => setTimeout(r, 300));
      const r = await partnerCpu(sides[0], fanouts[0], seconds);
      log(`${r.requests} fan-outs, ${r.rps.toFixed(1)}/s; CPU ms per fan-out: ${Object.entries(r.cpuMsPerRequest).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    } else {
      const ratios: number[] = [];
      for (let round = 0; round < Number(args.rounds) && !stopping; round++) {
        const ms: number[] = [];
        for (const i of round % 2 ? [1, 0] : [0, 1]) {
          await settle(pids);
          const r = await partnerCpu(sides[i], fanouts[i], seconds);
          ms[i] = partnerMs(r.cpuMsPerRequest);
          log(`round ${round + 1} ${i ? 'B' : 'A'}: ${r.requests} fan-outs; CPU ms per fan-out: ${Object.entries(r.cpuMsPerRequest).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; partners ${ms[i].toFixed(2)}`);
        }
        ratios.push(ms[1] / ms[0]);
      }
      ratios.sort((a, b) => a - b);
      log(`partner CPU per fan-out, B (${args['env-b']}) ÷ A: rounds ${ratios.map((x) => x.toFixed(2)).join(', ')}; median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}`);
    }
  } finally {
    await stopAll();
  }
  if (!envB) {
    for (const n of Object.keys(sides[0]?.stack.subgraphs ?? {})) {
      const s = summarizeProfile(join(dir, `${n}.cpuprofile`), Number(args.top));
      process.stdout.write(`\n## ${n}: ${(s.totalMs / 1000).toFixed(1)} s sampled\n`);
      for (const p of s.packages) process.stdout.write(`  ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}\n`);
      process.stdout.write('  top functions:\n');
      for (const f of s.functions) process.stdout.write(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: Error) => {
  process.stderr.write(`profile failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
