import { BENCH_OMITTABLE, loadGatewayConfig, startGateway, type BenchOmittable } from '@kassel-hub/gateway';
import { announceReady, stopOnSignalProfiled } from './child';

/**
 * Our gateway exactly as `gateway/dist/index.js` builds it, from the environment. The bench's
 * switches, BENCH_SECURITY=off and BENCH_OMIT=<part,...> (the cost table), are read here and passed
 * as code (`unsafeSecurityOff`, `unsafeBenchOmit`): the gateway's own configuration has no variable
 * that could turn any of it off.
 */
async function main() {
  const insecure = process.env.BENCH_SECURITY === 'off';
  const omit = (process.env.BENCH_OMIT ?? '').split(',').filter(Boolean);
  const unknown = omit.filter((p) => !(BENCH_OMITTABLE as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`BENCH_OMIT: unknown parts ${unknown.join(', ')}`);
  // Only set when asked: a baseline built from an older commit knows neither option.
  const gateway = await startGateway({ ...loadGatewayConfig(), port: 0, unsafeSecurityOff: insecure, ...(omit.length ? { unsafeBenchOmit: omit as BenchOmittable[] } : {}) });
  announceReady({ url: gateway.url });
  stopOnSignalProfiled(() => gateway.stop());
}

main().catch((err: Error) => {
  process.stderr.write(`bench gateway failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
