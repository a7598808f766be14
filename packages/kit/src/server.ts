import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM, EntityManager, EntityClass } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { SubgraphConfig } from './config';
import type { SubgraphContext } from './context';
import { formatClientError, logInternalErrors } from './errors';
import { buildFederatedSchema, type ReferenceResolver } from './federation';
import { HttpError, closeGracefully, readBody, sendError, sendJson, sendText } from './http';
import { METRICS_PATH, SubgraphMetrics } from './metrics/subgraph-metrics';
import { startRequestSpan, traceSql, withContext } from './telemetry/tracing';
import { createLogger, type Logger } from './logger';
import { createOrm, isDatabaseUnavailable, migrate } from './orm';
import { seedIfEmpty, type SeedOptions } from './seed';
import { migrateAsOwner } from './owner-migration';
import { precheckSignature, verifyRequest } from '@kassel-hub/protocol';
import { NonceStore } from './auth/nonce-store';
import type { ConsentScope } from './release/consent-scope.type';
import { extendContext, type SubgraphExtension } from './extension';

/** Everything that makes a partner's subgraph: its domain only. The kit does the rest. */
export interface SubgraphDefinition<L> {
  name: string;
  defaultPort: number;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references: Record<string, ReferenceResolver>;
  createLoaders(em: EntityManager): L;
  /**
   * What other packages add to this subgraph: tables, request context, server hooks (the audit
   * trail, from governance). Listed in the definition so that every tool that opens the partner's
   * database (start, migrate, import) sees the same tables.
   */
  extensions?: readonly SubgraphExtension[];
  /**
   * Writes the partner's development data into its empty database, inside the one transaction the
   * kit opens; returns row counts per table. What the data is, is the partner's business.
   */
  seed?(em: EntityManager, options: SeedOptions): Promise<Record<string, number>>;
  /** The table whose emptiness means "never seeded". */
  seedMarker?: EntityClass<unknown>;
  /**
   * Only for the subgraph that holds the consent register: computes a young person's consent scope
   * for the requester. The others receive the scope through federation (`@requires`).
   */
  consentScope?(pseudonym: string, context: SubgraphContext<L>): Promise<ConsentScope>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph: connect, migrate, seed an empty database when asked to, build the schema and
 * serve it over HTTP with `/health` (alive) and `/ready` (database reachable) beside `/graphql`.
 */
export async function startSubgraph<L>(def: SubgraphDefinition<L>, config: SubgraphConfig, logger?: Logger): Promise<RunningSubgraph> {
  const log = logger ?? createLogger(def.name, config.logLevel, config.logFormat);
  const orm = await createOrm({
    databaseUrl: config.databaseUrl,
    entities: def.entities,
    migrations: def.migrations,
    extensions: def.extensions,
    poolMax: config.poolMax,
    logger: log.child('orm'),
  });
  traceSql(orm, def.name);
  let server: Server | undefined;
  let apollo: ApolloServer<SubgraphContext<L>> | undefined;
  try {
    const applied = config.ownerDatabaseUrl ? await migrateAsOwner(def, config.ownerDatabaseUrl, config.databaseUrl) : await migrateAsServingRole(orm, def.name);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
    if (config.seed === 'auto' && def.seed && def.seedMarker) {
      await seedIfEmpty(orm, def, config, log);
    }
    const schema = await buildFederatedSchema(def);
    const metrics = new SubgraphMetrics(def.name);
    apollo = new ApolloServer<SubgraphContext<L>>({
      schema,
      // An outage of the partner's own database is named and coded, so that the gateway and the
      // client can tell it from a bug; the transaction of a failed mutation has rolled back.
      formatError: (formatted, error) =>
        isDatabaseUnavailable(error)
          ? { message: `the ${def.name} database is not reachable; retry later`, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'DATABASE_UNAVAILABLE' } }
          : formatClientError(formatted, error),
      includeStacktraceInErrorResponses: false,
      // The process's owner (runSubgraph) stops it on SIGTERM, letting requests in flight finish;
      // Apollo's own handler would stop the server under them and re-raise the signal.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        // Answers are never cached (each read is released and audited per caller); without this,
        // Apollo wraps every resolver to collect cache hints nobody reads.
        ApolloServerPluginCacheControlDisabled(),
        // The extensions' hooks (the audit trail's write) come first, as before the kit's own.
        ...(def.extensions ?? []).flatMap((e) => e.plugins?.({ logger: log, metrics }) ?? []),
        metrics.plugin(),
        {
          async requestDidStart() {
            return {
              async didEncounterErrors(rc) {
                logInternalErrors(log, rc.contextValue.requestId, rc.errors);
              },
            };
          },
        },
      ],
    });
    await apollo.start();
    server = createServer(handler(apollo, orm, def, config, log, metrics));
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host}:${port}/graphql`;
    log.info(`listening on ${url}`);
    const running = server;
    const apolloServer = apollo;
    return {
      name: def.name,
      url,
      port,
      orm,
      async stop() {
        await closeGracefully(running);
        await apolloServer.stop();
        await orm.close(true);
      },
    };
  } catch (err) {
    if (server?.listening) await closeGracefully(server, 0);
    await apollo?.stop().catch(() => undefined);
    await orm.close(true);
    throw err;
  }
}

/**
 * Without an owner's URL the subgraph applies pending migrations itself, which works where its
 * role owns the database (tests, the bench). Where another role owns it, `npm run migrate` must
 * have run first; a pending migration then fails for want of privileges, and says so.
 */
async function migrateAsServingRole(orm: MikroORM, name: string): Promise<string[]> {
  try {
    return await migrate(orm);
  } catch (err) {
    // MikroORM wraps a failed migration's error; PostgreSQL's code 42501 may sit one level down.
    const denied = (e: unknown) => (e as { code?: string })?.code === '42501' || /permission denied/.test(String((e as Error)?.message));
    if (!denied(err) && !denied((err as { cause?: unknown }).cause)) throw err;
    throw new Error(`the ${name} database has migrations that DATABASE_URL's role may not apply: run \`npm run migrate -- --partner ${name}\` as the database's owner first (${(err as Error).message})`);
  }
}

function handler<L>(apollo: ApolloServer<SubgraphContext<L>>, orm: MikroORM, def: SubgraphDefinition<L>, config: SubgraphConfig, log: Logger, metrics: SubgraphMetrics) {
  const nonces = NonceStore.of(orm);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: def.name });
      if (url.pathname === '/ready') {
        const ok = await orm.isConnected().catch(() => false);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable', service: def.name });
      }
      if (url.pathname === METRICS_PATH) return sendText(res, 200, await metrics.text(), metrics.registry.contentType);
      if (url.pathname !== '/graphql') throw new HttpError(404, 'NOT_FOUND', `no route ${url.pathname}`);
      res.once('finish', () => metrics.requests.inc({ status: String(res.statusCode) }));
      // POST only: a GET's query would sit in the URL, outside the signed body.
      if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `method ${req.method} not allowed; use POST`);

      const header = (h: string) => req.headers[h] as string | undefined;
      const early = precheckSignature(header);
      if (early) {
        log.warn('refused unsigned request', { requestId, reason: early, remote: req.socket.remoteAddress });
        throw new HttpError(401, `SIGNATURE_${early}`, 'requests must come through the hub gateway');
      }
      const raw = await readBody(req);
      // The signature is checked before anything is parsed: an unsigned caller learns nothing,
      // not even the schema through validation errors ("Did you mean ...").
      const verified = verifyRequest(config.signingSecret, def.name, header, raw);
      if (!verified.ok) {
        log.warn('refused unsigned request', { requestId, reason: verified.reason, remote: req.socket.remoteAddress });
        throw new HttpError(401, `SIGNATURE_${verified.reason}`, 'requests must come through the hub gateway');
      }
      // Claimed only after the signature checks out, so forged requests cannot fill the table, and
      // before the body is parsed, so a replay learns nothing either. The claim is in the partner's
      // database, shared by every replica; if it cannot be made, the request is refused.
      const fresh = await nonces.claim(verified.nonce, verified.signedAt).catch((err: unknown) => {
        if (!isDatabaseUnavailable(err)) throw err;
        log.warn('refused signed request: nonce store unreachable', { requestId, message: (err as Error).message });
        throw new HttpError(503, 'DATABASE_UNAVAILABLE', `the ${def.name} database is not reachable; retry later`);
      });
      if (!fresh) {
        log.warn('refused replayed request', { requestId, reason: 'REPLAYED', remote: req.socket.remoteAddress });
        throw new HttpError(401, 'SIGNATURE_REPLAYED', 'requests must come through the hub gateway');
      }
      const identity = verified.identity;
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      if (!(headers.get('content-type') ?? '').includes('application/json')) {
        throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send GraphQL requests as application/json');
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
      }
      // The gateway's trace continues here, under the trace context the signature covers.
      const traced = startRequestSpan(def.name, header('traceparent'));
      res.once('close', () => traced.span.end());
      const result = await withContext(traced.context, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
          context: async () => {
            const em = orm.em.fork();
            const ctx: SubgraphContext<L> = { em, loaders: def.createLoaders(em), requestId, logger: log, identity, owner: def.name };
            extendContext(ctx, def.extensions ?? [], { identity, owner: def.name, requestId });
            if (def.consentScope) ctx.consentScopeOf = (pseudonym) => def.consentScope!(pseudonym, ctx);
            return ctx;
          },
        }),
      );
      const out: Record<string, string> = { 'x-request-id': requestId };
      for (const [k, v] of result.headers) out[k] = v;
      res.writeHead(result.status ?? 200, out);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof HttpError) {
        metrics.errors.inc({ code: err.code });
        return sendError(res, err);
      }
      log.error('request failed', { requestId, message: (err as Error).message, stack: (err as Error).stack });
      if (!res.headersSent) sendError(res, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.end();
    }
  };
}
