import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '@kassel-hub/datagen';
import { GATEWAY_NODE_FLAGS } from '@kassel-hub/kit';
import { cpuSeconds, settle, startChild } from './child';
import { runLoad } from './load';
import { cpuPerRequest, postgresCpuSeconds } from './cpu';
import { summarizeProfile } from './profile';
import { startBenchStack } from './stack';
import { FANOUT_QUERY, consentingPseudonyms, gatewayRequest } from './workloads';

/*
 * `node bench/dist/profile-partners.js [--scale 1] [--duration 15]`: where the partners' CPU goes on
 * the fan-out. Our gateway sends (a1) (50 young people, one connection); each subgraph's main
 * thread is profiled by V8 after a warm-up, and every process's CPU per fan-out is read from /proc.
 */
const { values: args } = parseArgs({ options: { scale: { type: 'string', default: '1' }, duration: { type: 'string', default: '15' }, top: { type: 'string', default: '25' } } });
const log = (m: string) => process.stdout.write(`[partners] ${m}\n`);

async function main() {
  const scale = Number(args.scale);
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-partners-'));
  const stack = await startBenchStack(scale, { profileDir: dir });
  const names = Object.keys(stack.subgraphs);
  try {
    const world = generate({ seed: 2014, scale });
    const token = await stack.token('coordination', 'caseworker');
    const fanout = [gatewayRequest(token, 'TRANSITION_SUPPORT', FANOUT_QUERY, { ps: consentingPseudonyms(world, 50) })];
    const env = { ...stack.gatewayEnv, GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000', NODE_ENV: 'development', QUERY_PLANNER: 'rust' };
    const g = await startChild<{ url: string }>(join(__dirname, 'hive-child.js'), env, { label: 'gateway', timeoutMs: 60_000, nodeArgs: [...GATEWAY_NODE_FLAGS] });
    try {
      const url = new URL(g.info.url).origin;
      await runLoad({ url, requests: fanout, connections: 1, seconds: 5 });
      const pids = Object.values(stack.subgraphs).map((s) => s.child.pid);
      await settle([...pids, g.pid]);
      for (const p of pids) process.kill(p, 'SIGUSR2');
      await new Promise((r) => setTimeout(r, 300));
      const pg = Number(new URL(stack.adminUrl).port);
      const groups = { gateway: () => cpuSeconds(g.pid), ...Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, () => cpuSeconds(s.child.pid)])), postgres: () => postgresCpuSeconds(pg) };
      const r = await cpuPerRequest(groups, () => runLoad({ url, requests: fanout, connections: 1, seconds: Number(args.duration) }));
      log(`${r.requests} fan-outs, ${r.rps.toFixed(1)}/s; CPU ms per fan-out: ${Object.entries(r.cpuMsPerRequest).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    } finally {
      await g.stop();
    }
  } finally {
    await stack.stop();
  }
  for (const n of names) {
    const s = summarizeProfile(join(dir, `${n}.cpuprofile`), Number(args.top));
    process.stdout.write(`\n## ${n}: ${(s.totalMs / 1000).toFixed(1)} s sampled\n`);
    for (const p of s.packages) process.stdout.write(`  ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}\n`);
    process.stdout.write('  top functions:\n');
    for (const f of s.functions) process.stdout.write(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: Error) => {
  process.stderr.write(`profile failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
