import { setupTracing } from '@kassel-hub/telemetry';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

/** Listens, logs where, stops cleanly on SIGINT/SIGTERM, and exits non-zero if it cannot start. */
(async () => {
  const config = loadGatewayConfig();
  if (config.tracesEndpoint) setupTracing('gateway', { endpoint: config.tracesEndpoint });
  const gateway = await startGateway(config);
  process.stdout.write(`gateway: GraphiQL and API at ${gateway.url}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
})().catch((err: Error) => {
  process.stderr.write(`gateway failed to start: ${err.message}\n`);
  process.exit(1);
});
