import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** What `/readiness` answers: the gateway's own state and each partner's. */
export interface ReadinessReport {
  /** `ready`: every partner answers; `degraded`: some do not, and their parts come back as coded errors. */
  status: 'ready' | 'degraded';
  partners: Record<string, 'up' | 'down'>;
}

/**
 * Readiness for an orchestrator: the gateway is ready while it can serve, and with a partner down it
 * still can (partial answers, that partner's fields coded `PARTNER_UNAVAILABLE`). So a partner down
 * is reported as `degraded` with 200; answering 503 would take every gateway replica out of the
 * load balancer at once, for a fault no replica can fix. `/healthcheck` is the separate liveness.
 */
export function usePartnerReadiness(byUrl: Map<string, string>, timeoutMs: number): GatewayPlugin {
  const probe = async (url: string): Promise<'up' | 'down'> => {
    try {
      const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
      await res.body?.cancel();
      return res.ok ? 'up' : 'down';
    } catch {
      return 'down';
    }
  };
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/readiness') return;
      const entries = await Promise.all([...byUrl].map(async ([u, name]) => [name, await probe(u)] as const));
      const report: ReadinessReport = {
        status: entries.every(([, s]) => s === 'up') ? 'ready' : 'degraded',
        partners: Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))),
      };
      endResponse(new Response(JSON.stringify(report), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}
