import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';

/** A service the bench runs in its own process, so that its CPU and memory are its own. */
export interface Child<T> {
  pid: number;
  /** What the child printed on its `READY {json}` line (its URL and ports). */
  info: T;
  /** Peak resident set of the process so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** Current resident set (VmRSS), in MB. */
  rssMb(): number;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * The fields of `/proc/<pid>/stat` after the command name, as numbers: [1] is the parent's pid,
 * [11] and [12] user and system time, [13] and [14] those of reaped children (clock ticks).
 * Undefined once the process is gone.
 */
export function procStat(pid: number): number[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').map(Number);
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far, with its reaped children's if asked; NaN once it is gone. */
export function cpuSeconds(pid: number, withReapedChildren = false): number {
  const f = procStat(pid);
  if (!f) return NaN;
  return (f[11] + f[12] + (withReapedChildren ? f[13] + f[14] : 0)) / 100;
}

/**
 * Waits until `pids` together use less than a tenth of a core (at most `maxMs`): requests that a
 * previous run left in flight must not slow the next run down.
 */
export async function settle(pids: number[], maxMs = 10_000): Promise<void> {
  const total = () => pids.reduce((n, p) => n + (cpuSeconds(p) || 0), 0);
  const deadline = Date.now() + maxMs;
  let before = total();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = total();
    if (now - before < 0.1) return;
    before = now;
  }
}

const statusField = (pid: number, field: string) => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
};

/**
 * Spawns `node [nodeArgs] script` with `env` and waits for its `READY {json}` line on stdout.
 * The child's stderr is passed through, so that a failing service says why.
 */
export function startChild<T>(script: string, env: Record<string, string>, opts: { nodeArgs?: string[]; timeoutMs?: number; label: string }): Promise<Child<T>> {
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${opts.label} did not become ready in ${(opts.timeoutMs ?? 600_000) / 1000} s`));
    }, opts.timeoutMs ?? 600_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.label} exited with code ${code} while starting`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      const pid = child.pid!;
      resolve({
        pid,
        info: JSON.parse(line.slice(6)) as T,
        peakRssMb: () => statusField(pid, 'VmHWM'),
        rssMb: () => statusField(pid, 'VmRSS'),
        async stop(graceMs = 15_000) {
          if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
          child.kill('SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
          const code = await exited;
          clearTimeout(kill);
          return code;
        },
      });
    });
  });
}

/** What a child calls once it listens. */
export function announceReady(info: unknown) {
  process.stdout.write(`READY ${JSON.stringify(info)}\n`);
}

/** Stops on SIGTERM/SIGINT with `stop`, then exits 0 (a --cpu-prof profile is written on exit). */
export function stopOnSignal(stop: () => Promise<void>) {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * `stopOnSignal`, and with BENCH_PROFILE_FILE set, SIGUSR2 starts the V8 CPU profiler (after the
 * warm-up, so start-up and module loading stay out of it); the profile is written on stop.
 */
export function stopOnSignalProfiled(stop: () => Promise<void>) {
  const profileFile = process.env.BENCH_PROFILE_FILE;
  const session = new Session();
  if (profileFile) {
    process.on('SIGUSR2', () => {
      session.connect();
      void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
    });
  }
  stopOnSignal(async () => {
    if (profileFile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    await stop();
  });
}
