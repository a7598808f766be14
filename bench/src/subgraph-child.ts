import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { countStatements, loadSubgraphConfig, startSubgraph } from '@kassel-hub/kit';
import { subgraphByName } from '@kassel-hub/registry';
import { announceReady, stopOnSignal } from './child';

/**
 * One partner subgraph as the bench runs it: the kit's own `startSubgraph`, in its own process,
 * plus a loopback control port that reports the SQL statements it sent (`countStatements`), so
 * that the bench can check statements per request without running the subgraphs in its process.
 */
async function main() {
  const name = process.env.BENCH_SUBGRAPH ?? '';
  const def = subgraphByName(name);
  const running = await startSubgraph(def, loadSubgraphConfig(name, 0));
  const counter = countStatements(running.orm);
  const control = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/statements/reset') counter.reset();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements: counter.count }));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  announceReady({ url: running.url, control: `http://127.0.0.1:${(control.address() as AddressInfo).port}` });
  // BENCH_PROFILE_FILE: SIGUSR2 starts V8's CPU profiler (after seeding and warm-up), written on stop.
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
    control.close();
    await running.stop();
  });
}

main().catch((err: Error) => {
  process.stderr.write(`bench subgraph failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
