import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger, SubgraphContext } from '@kassel-hub/kit';
import type { AuditContext } from './audit-context';
import { appendAudit } from './audit-log';

/** What a client gets instead of data whose access could not be logged. */
export const AUDIT_UNAVAILABLE = {
  message: 'the access could not be audited, so it is refused',
  extensions: { code: 'AUDIT_UNAVAILABLE' },
} as const;

/**
 * Writes the reads a request collected (ctx.audit) before its response leaves. `willSendResponse`
 * is the last hook whose changes still reach the client: the body is serialized after it. If the
 * write fails, the whole response is replaced, so no person-level data leaves unlogged. Requests
 * that released nothing to another partner write nothing. `observe` hears of both outcomes (the
 * subgraph's metrics count them).
 */
export function auditPlugin(log: Logger, observe: { appended(entries: number): void; refused(): void } = { appended() {}, refused() {} }): ApolloServerPlugin<SubgraphContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const ctx = rc.contextValue as Partial<SubgraphContext<unknown> & AuditContext> | undefined;
          if (!ctx?.audit || ctx.audit.size === 0) return;
          const entries = ctx.audit.drain();
          try {
            // Fails closed: without an entity manager this throws, and the response is refused.
            await appendAudit(ctx.em!, entries);
            observe.appended(entries.length);
          } catch (err) {
            observe.refused();
            // The driver's message starts with the failed SQL and its values (pseudonyms); keep the cause only.
            const cause = (err as Error).message.split(' - ').pop();
            log.error('audit write failed; response refused', { requestId: ctx.requestId, entries: entries.length, cause });
            rc.response.body = { kind: 'single', singleResult: { data: null, errors: [{ ...AUDIT_UNAVAILABLE, extensions: { ...AUDIT_UNAVAILABLE.extensions } }] } };
          }
        },
      };
    },
  };
}
