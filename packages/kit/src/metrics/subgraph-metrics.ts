import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Where Prometheus scrapes a subgraph (beside `/health` and `/ready`; no person data in it). */
export const METRICS_PATH = '/metrics';

/**
 * A subgraph's Prometheus metrics, in a registry of its own (tests run several subgraphs in one
 * process), where extensions register theirs too. Labels are codes, operation types and partner
 * names only: never a pseudonym, a user, a token or an operation's text, so the metrics are safe to
 * scrape without the audit trail.
 */
export class SubgraphMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'status'>;
  readonly errors: Counter<'code'>;
  readonly duration: Histogram<'operation'>;
  readonly consentRefusals: Counter<'requester'>;

  constructor(readonly subgraph: string) {
    this.registry.setDefaultLabels({ subgraph });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({ name: 'hub_subgraph_requests_total', help: 'HTTP requests to /graphql, by status', labelNames: ['status'], registers });
    this.errors = new Counter({ name: 'hub_subgraph_errors_total', help: 'Errors returned, by code (signature refusals, GraphQL errors)', labelNames: ['code'], registers });
    this.duration = new Histogram({
      name: 'hub_subgraph_operation_duration_seconds',
      help: 'Time from the GraphQL operation being received to its response, by operation type',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.consentRefusals = new Counter({
      name: 'hub_subgraph_consent_refusals_total',
      help: 'Person-level fields withheld for want of a consent, purpose or role, by requesting partner',
      labelNames: ['requester'],
      registers,
    });
  }

  /** Apollo plugin: operation time, and every error by its code (refusals counted by requester too). */
  plugin<C extends { identity?: { partner: string } }>(): ApolloServerPlugin<C> {
    const refused = new Set(['CONSENT_REQUIRED', 'PURPOSE_REQUIRED', 'FORBIDDEN']);
    return {
      requestDidStart: async () => {
        const stop = this.duration.startTimer();
        return {
          didEncounterErrors: async ({ errors, contextValue }) => {
            for (const e of errors) {
              const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
              this.errors.inc({ code });
              if (refused.has(code)) this.consentRefusals.inc({ requester: contextValue.identity?.partner ?? 'unknown' });
            }
          },
          willSendResponse: async ({ operation }) => {
            stop({ operation: operation?.operation ?? 'unknown' });
          },
        };
      },
    };
  }

  /** The text Prometheus scrapes. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
