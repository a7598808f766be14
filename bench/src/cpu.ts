import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds, procStat } from './child';

/** CPU seconds used so far, by a name (a gateway, a subgraph, the PostgreSQL server). */
export type ProcessGroups = Record<string, () => number>;

/**
 * CPU seconds of the PostgreSQL server listening on `port`: its postmaster (found by its
 * `-p <port>` argument) with the backends it has reaped, plus its live children (one backend per
 * pooled connection, and its workers). Read afresh each time, so that a backend that exits between
 * two readings moves from the second term to the first instead of vanishing.
 */
export function postgresCpuSeconds(port: number): number {
  const [master, ...children] = postgresPids(port);
  if (master === undefined) return NaN;
  return cpuSeconds(master, true) + children.reduce((n, p) => n + (cpuSeconds(p) || 0), 0);
}

/** The postmaster listening on `port` first, then its children. */
export function postgresPids(port: number): number[] {
  const procs = readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map((p) => {
      try {
        return { pid: Number(p), ppid: procStat(Number(p))?.[1], cmd: readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0') };
      } catch {
        return undefined; // gone meanwhile
      }
    })
    .filter((x) => x !== undefined);
  const master = procs.find((x) => x.cmd[0].endsWith('/postgres') && x.cmd.some((a, i) => a === '-p' && x.cmd[i + 1] === String(port)));
  return master ? [master.pid, ...procs.filter((x) => x.ppid === master.pid).map((x) => x.pid)] : [];
}

/**
 * CPU time each group of processes spends per request over a measured run: user plus system
 * time from /proc, so it counts every thread (libuv's pool, V8's GC helpers), unlike a profile of
 * the main thread. Less sensitive to a shared machine than requests per second: a process
 * pre-empted by another tenant waits, but does not spend more CPU per request.
 */
export async function cpuPerRequest<T extends { requests: number }>(groups: ProcessGroups, run: () => Promise<T>): Promise<T & { cpuMsPerRequest: Record<string, number> }> {
  const snapshot = () => Object.fromEntries(Object.entries(groups).map(([name, seconds]) => [name, seconds()]));
  const before = snapshot();
  const result = await run();
  const after = snapshot();
  const cpuMsPerRequest = Object.fromEntries(Object.keys(groups).map((name) => [name, result.requests ? ((after[name] - before[name]) * 1000) / result.requests : NaN]));
  return { ...result, cpuMsPerRequest };
}
