import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Context, type Span } from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';

/*
 * OpenTelemetry spans of a subgraph: one per signed request, continuing the gateway's trace (W3C
 * trace context, covered by the request's signature), and one per SQL statement inside it. Without
 * a tracer provider registered (tracing off, the default) the API's no-op tracer makes both free.
 * Spans carry the partner and SQL text whose literals are replaced by `?`: the ORM writes values
 * into the statement, and no pseudonym, hash or token may reach a trace.
 */
const tracer = trace.getTracer('kassel-hub-subgraph');

/** The attribute naming the partner whose subgraph made a span. */
export const PARTNER_ATTRIBUTE = 'hub.partner';

/** Starts the span of one verified request under the trace context it was signed with. */
export function startRequestSpan(partner: string, traceparent: string | undefined): { span: Span; context: Context } {
  const parent = traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
  const span = tracer.startSpan(`${partner} subgraph request`, { kind: SpanKind.SERVER, attributes: { [PARTNER_ATTRIBUTE]: partner } }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `fn` in `ctx`, so that what it does (SQL included) joins that trace. */
export const withContext = <T>(ctx: Context, fn: () => Promise<T>): Promise<T> => context.with(ctx, fn);

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
}

/** A statement without its string literals (the ORM inlines values, pseudonyms among them). */
export const withoutLiterals = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, '?');

/**
 * A span per SQL statement, from the query builder's own events, in the request's context; the
 * statement without its values.
 */
export function traceSql(orm: MikroORM, partner: string): void {
  const knex = orm.em.getConnection().getKnex();
  const open = new Map<string, Span>();
  knex.on('query', (q: KnexQuery) => {
    if (!q.__knexQueryUid || !trace.getSpan(context.active())) return;
    open.set(
      q.__knexQueryUid,
      tracer.startSpan('SQL', { kind: SpanKind.CLIENT, attributes: { [PARTNER_ATTRIBUTE]: partner, 'db.system': 'postgresql', 'db.statement': withoutLiterals(q.sql ?? '').slice(0, 2000) } }),
    );
  });
  const end = (q: KnexQuery, failed: boolean) => {
    const span = q.__knexQueryUid ? open.get(q.__knexQueryUid) : undefined;
    if (!span) return;
    open.delete(q.__knexQueryUid!);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  knex.on('query-response', (_res: unknown, q: KnexQuery) => end(q, false));
  knex.on('query-error', (_err: unknown, q: KnexQuery) => end(q, true));
}
