import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityClass } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Identity } from '@kassel-hub/protocol';
import type { Logger } from './logger';
import type { SubgraphMetrics } from './metrics/subgraph-metrics';
import type { SubgraphContext } from './context';

/** What a request's extension part is built from: the verified caller and the data's owner. */
export interface ExtensionRequest {
  identity: Identity;
  owner: string;
  requestId: string;
}

/** A query over the owner's connection, for grants and checks after migrating. */
export type OwnerQuery = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * What a package adds to every partner subgraph besides the kit's plumbing: tables in each
 * partner's database, fields on each request's context, and hooks on the server. The kit knows the
 * shape only; governance supplies the audit trail this way. `X` is what the extension adds to the
 * context, so resolvers that need it can say so in their context's type.
 */
export interface SubgraphExtension<X extends object = object> {
  /** For messages: which extension failed. */
  name: string;
  /** Entities of the tables it keeps in each partner's database. */
  entities?: readonly EntityClass<unknown>[];
  /** Its migrations, applied before the kit's and the subgraph's own, in list order. */
  migrations?: readonly MigrationObject[];
  /**
   * What the serving role may not do to its tables although it may use every other table: tables
   * it may only read and append to, and functions (signatures such as `f(bigint[])`) it may run.
   * Applied wherever the kit grants the serving role its access (provisioning, owner migration).
   */
  access?: { appendOnly?: readonly string[]; execute?: readonly string[] };
  /** Run by the owner after migrations and grants: throws when the serving role's access does not hold. */
  checkAccess?(query: OwnerQuery, servingRole: string): Promise<void>;
  /** Its part of each request's context, built fresh for every request. */
  requestContext?(request: ExtensionRequest): X;
  /** Apollo plugins of each server, with the subgraph's logger and metrics. */
  plugins?(server: { logger: Logger; metrics: SubgraphMetrics }): ApolloServerPlugin<SubgraphContext<unknown>>[];
}

/** Tables and migrations of a subgraph, with those of its extensions. */
export interface SubgraphTables {
  entities: readonly EntityClass<unknown>[];
  migrations: readonly MigrationObject[];
  extensions?: readonly SubgraphExtension[];
}

/** Adds each extension's part to a request's context; none may replace what the kit or another set. */
export function extendContext(ctx: object, extensions: readonly SubgraphExtension[], request: ExtensionRequest): void {
  for (const e of extensions) {
    const part = e.requestContext?.(request);
    if (!part) continue;
    for (const key of Object.keys(part)) if (key in ctx) throw new Error(`the ${e.name} extension would replace the request context's ${key}`);
    Object.assign(ctx, part);
  }
}
