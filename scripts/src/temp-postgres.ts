import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres, type EmbeddedServer } from '@kassel-hub/kit';
import { freePort } from './free-port';

/** A throw-away embedded PostgreSQL in its own temp folder, on a free port; `stop` removes it all. */
export async function startTempPostgres(): Promise<EmbeddedServer> {
  // The data folder's parent must be traversable by the postgres OS user, so nest one level down.
  const root = await mkdtemp(join(tmpdir(), 'hub-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: join(root, 'data'),
    port: await freePort(),
    password: randomBytes(12).toString('hex'),
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
