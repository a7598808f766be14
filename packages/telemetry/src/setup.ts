import { openTelemetrySetup } from '@graphql-hive/plugin-opentelemetry/setup';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/** Span attributes that may hold person data: an operation's text can name a pseudonym inline. */
const DROPPED_ATTRIBUTES = ['graphql.document'];

/** Passes spans on without the attributes above. */
export function withoutPersonData(inner: SpanExporter): SpanExporter {
  return {
    export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
      for (const span of spans) for (const key of DROPPED_ATTRIBUTES) delete (span.attributes as Record<string, unknown>)[key];
      inner.export(spans, done);
    },
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}

/**
 * Registers the process's tracer provider once: W3C trace context, an async-aware context
 * manager, and `exporter` (by default OTLP over HTTP to `endpoint`, the collector's base URL), named
 * `service`. Called by a service's entry point only when OTEL_EXPORTER_OTLP_ENDPOINT is set;
 * without it the API's no-op tracer leaves tracing free.
 */
export function setupTracing(service: string, opts: { endpoint?: string; exporter?: SpanExporter }): void {
  const exporter = opts.exporter ?? new OTLPTraceExporter({ url: new URL('/v1/traces', opts.endpoint).toString() });
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: service },
    traces: { exporter: withoutPersonData(exporter), batching: opts.exporter ? false : true },
  });
}
