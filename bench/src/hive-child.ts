import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadGatewayConfig, startGateway } from '@kassel-hub/gateway';
import { announceReady, stopOnSignal } from './child';

/**
 * Our gateway exactly as `gateway/dist/index.js` builds it, from the environment. The one bench
 * switch, BENCH_SECURITY=off, is read here and passed as code (`unsafeSecurityOff`): the gateway's
 * own configuration has no variable that could turn its security off.
 */
async function main() {
  const insecure = process.env.BENCH_SECURITY === 'off';
  const gateway = await startGateway({ ...loadGatewayConfig(), port: 0, unsafeSecurityOff: insecure });
  announceReady({ url: gateway.url });
  // BENCH_PROFILE_FILE: SIGUSR2 starts the V8 CPU profiler (after the warm-up, so start-up and
  // module loading stay out of it); the profile is written on stop.
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
    await gateway.stop();
  });
}

main().catch((err: Error) => {
  process.stderr.write(`bench gateway failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
