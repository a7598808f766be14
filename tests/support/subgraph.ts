import { expect } from 'vitest';
import { countStatements, startSubgraph, type RunningSubgraph, type SubgraphConfig, type SubgraphDefinition } from '@kassel-hub/kit';
import type { Identity } from '@kassel-hub/protocol';
import { createTestDatabase, type TestDatabase } from './databases';
import { postSigned, testSecret, type GraphQLResponse } from './http';

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  database: TestDatabase;
  /** The secret the gateway would sign with. */
  secret: string;
  /** A signed request; by default as a caseworker of the owning partner. */
  query<T = any>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<GraphQLResponse<T>>;
  /** Resolves `Youth` entities via `_entities` with `query`; returns the SQL statements it cost. */
  statementsToResolve(query: string, pseudonyms: string[]): Promise<number>;
  /** Stops the server (a partner going down), keeping its database; `subgraph` stays the old one. */
  pause(): Promise<void>;
  /** Starts it again on the same port and database; `subgraph` is the new one. */
  resume(): Promise<void>;
  /**
   * A second instance of the same subgraph on a free port, over the same database and with the
   * same secret, as a deployment with two replicas runs it; the caller stops it.
   */
  replica(): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

/** A caseworker of `partner`, stating a purpose; the identity most tests act as. */
export const caseworker = (partner: Identity['partner'], overrides: Partial<Identity> = {}): Identity => ({
  sub: `${partner}-caseworker-1`,
  partner,
  roles: ['caseworker'],
  purpose: 'TRANSITION_SUPPORT',
  caseRef: null,
  ...overrides,
});

/** One partner subgraph on a free port over its own fresh database, seeded at `scale` unless `seed` is `off` (as in production). */
export async function startTestSubgraph<L>(def: SubgraphDefinition<L>, scale = 0.05, seed: SubgraphConfig['seed'] = 'auto'): Promise<TestSubgraph> {
  // As `npm start` runs it: migrated by the database's owner, serving as a role of its own.
  const database = await createTestDatabase(def.name, { owner: true });
  const secret = testSecret();
  const config: SubgraphConfig = {
    name: def.name,
    host: '127.0.0.1',
    port: 0,
    databaseUrl: database.url,
    ownerDatabaseUrl: database.ownerUrl,
    seed,
    scale,
    dataSeed: 2014,
    logLevel: 'warn',
    poolMax: 5,
    signingSecret: secret,
  };
  let subgraph = await startSubgraph(def, config).catch(async (err) => {
    await database.drop();
    throw err;
  });
  let paused = false;
  return {
    get subgraph() {
      return subgraph;
    },
    database,
    secret,
    query: (q, v, identity = caseworker(def.name as Identity['partner'])) => postSigned(subgraph.url, secret, def.name, identity, q, v),
    async statementsToResolve(query, pseudonyms) {
      const counter = countStatements(subgraph.orm);
      try {
        const reps = pseudonyms.map((pseudonym) => ({ __typename: 'Youth', pseudonym }));
        const { body } = await postSigned(subgraph.url, secret, def.name, caseworker(def.name as Identity['partner']), query, { reps });
        expect(body.errors).toBeUndefined();
        expect(body.data._entities).toHaveLength(pseudonyms.length);
        return counter.count;
      } finally {
        counter.stop();
      }
    },
    async pause() {
      paused = true;
      await subgraph.stop();
    },
    async resume() {
      subgraph = await startSubgraph(def, { ...config, port: subgraph.port, seed: 'off' });
      paused = false;
    },
    replica: () => startSubgraph(def, { ...config, port: 0, seed: 'off' }),
    async stop() {
      if (!paused) await subgraph.stop();
      await database.drop();
    },
  };
}
