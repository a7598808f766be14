import { expect } from 'vitest';
import { countStatements, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@kassel-hub/kit';
import { createTestDatabase, type TestDatabase } from './databases';
import { postGraphQL } from './http';

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  database: TestDatabase;
  query<T = any>(query: string, variables?: Record<string, unknown>): ReturnType<typeof postGraphQL<T>>;
  /** Resolves `Youth` entities via `_entities` with `query`; returns the SQL statements it cost. */
  statementsToResolve(query: string, pseudonyms: string[]): Promise<number>;
  stop(): Promise<void>;
}

/** One partner subgraph on a free port over its own fresh database, seeded at `scale`. */
export async function startTestSubgraph<L>(def: SubgraphDefinition<L>, scale = 0.05): Promise<TestSubgraph> {
  const database = await createTestDatabase(def.name);
  const subgraph = await startSubgraph(def, {
    name: def.name,
    host: '127.0.0.1',
    port: 0,
    databaseUrl: database.url,
    seed: 'auto',
    scale,
    dataSeed: 2014,
    logLevel: 'warn',
    poolMax: 5,
  }).catch(async (err) => {
    await database.drop();
    throw err;
  });
  return {
    subgraph,
    database,
    query: (q, v) => postGraphQL(subgraph.url, q, v),
    async statementsToResolve(query, pseudonyms) {
      const counter = countStatements(subgraph.orm);
      try {
        const reps = pseudonyms.map((pseudonym) => ({ __typename: 'Youth', pseudonym }));
        const { body } = await postGraphQL(subgraph.url, query, { reps });
        expect(body.errors).toBeUndefined();
        expect(body.data._entities).toHaveLength(pseudonyms.length);
        return counter.count;
      } finally {
        counter.stop();
      }
    },
    async stop() {
      await subgraph.stop();
      await database.drop();
    },
  };
}
