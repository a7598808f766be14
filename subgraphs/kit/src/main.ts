import { loadSubgraphConfig } from './config';
import { createLogger } from './logger';
import { startSubgraph, type SubgraphDefinition } from './server';

/**
 * The whole `index.ts` of a subgraph: read config, start, stop cleanly on SIGINT/SIGTERM, and exit
 * non-zero on any start-up failure (a crashed service must never look like a clean exit).
 */
export function runSubgraph<L>(def: SubgraphDefinition<L>): void {
  let log = createLogger(def.name);
  (async () => {
    const config = loadSubgraphConfig(def.name, def.defaultPort);
    log = createLogger(def.name, config.logLevel);
    const running = await startSubgraph(def, config, log);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: finishing in-flight requests`);
      await running.stop();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  })().catch((err: Error) => {
    log.error(`failed to start: ${err.message}`);
    process.exit(1);
  });
}
