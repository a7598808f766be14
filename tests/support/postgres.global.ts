import type { TestProject } from 'vitest/node';
import { startTempPostgres } from '../../scripts/src/temp-postgres';

/**
 * One throw-away embedded PostgreSQL per test run, on a free port and in its own temp folder, so
 * that tests never touch a running `npm start`. Each test file provisions its own databases in it.
 */
export default async function setup(project: TestProject) {
  const pg = await startTempPostgres();
  project.provide('pgAdminUrl', pg.adminUrl);
  return async () => {
    await pg.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
