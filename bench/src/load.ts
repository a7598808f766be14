import autocannon from 'autocannon';
import type { LoadRequest } from './workloads';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors and timeouts, non-2xx answers, and 2xx answers that carried GraphQL errors. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
}

export interface LoadOptions {
  url: string;
  requests: LoadRequest[];
  connections: number;
  seconds: number;
}

const percentile = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * One bounded autocannon run on loopback. A 2xx answer counts as an error when its body carries
 * GraphQL errors: a gateway that answers fast with errors must not look fast. Latencies are kept
 * per request, so p95 is exact (autocannon itself reports p97.5, not p95).
 */
export function runLoad(o: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        connections: o.connections,
        duration: o.seconds,
        timeout: 30,
        requests: o.requests as autocannon.Request[],
        verifyBody: (body: string) => !body.includes('"errors":'),
      } as autocannon.Options,
      (err, result) => {
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          requests: result.requests.total,
          rps: result.requests.total / result.duration,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          graphqlErrors: (result as unknown as { mismatches: number }).mismatches,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
}

/** A warm-up (JIT, connection pools, plan caches), then the measured run. */
export async function measure(o: LoadOptions & { warmupSeconds: number }): Promise<LoadResult> {
  if (o.warmupSeconds > 0) await runLoad({ ...o, seconds: o.warmupSeconds });
  return runLoad(o);
}

/**
 * Sends `r` one request at a time for `seconds`, at least 20 times (a p95 needs that many), and
 * returns its latency. One untimed request first, as every other workload has its warm-up.
 */
export async function timedOneByOne(originUrl: string, r: LoadRequest, seconds: number) {
  await (await fetch(originUrl + r.path, { method: 'POST', headers: r.headers, body: r.body })).text();
  const ms: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  while (ms.length < 20 || Date.now() < end) {
    const started = performance.now();
    const res = await fetch(originUrl + r.path, { method: 'POST', headers: r.headers, body: r.body });
    const text = await res.text();
    ms.push(performance.now() - started);
    if (res.status !== 200 || text.includes('"errors":')) errors += 1;
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))];
  return { p50: at(50), p95: at(95), requests: ms.length, errors };
}
