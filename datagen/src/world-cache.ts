import { generate } from './generate';
import type { KasselData } from './types';

/** Where a seeding partner reports generation (the subgraph's logger fits). */
export interface WorldLog {
  info(message: string): void;
  debug(message: string): void;
}

export interface WorldOptions {
  seed: number;
  scale: number;
  logger?: WorldLog;
}

const worlds = new Map<string, KasselData>();

/**
 * The synthetic Kassel of one (seed, scale), generated once per process: every partner seeded in
 * the same process (`npm start`, the tests) takes its slice of the same world, so the pseudonyms
 * agree across partners. Separate processes agree too, since generation is deterministic.
 */
export function generatedWorld({ seed, scale, logger }: WorldOptions): KasselData {
  const key = `${seed}:${scale}`;
  let world = worlds.get(key);
  if (!world) {
    logger?.info(`generating synthetic Kassel (seed ${seed}, scale ${scale})`);
    world = generate({ seed, scale, onProgress: (step, done, total) => logger?.debug(`generated ${step} (${done}/${total})`) });
    worlds.set(key, world);
  }
  return world;
}
