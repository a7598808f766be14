import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Readiness names each partner: 200 when every subgraph's `/ready` (its database reachable) answers
 * in time, else 503 with the status of each. `/healthcheck` stays plain liveness: a partner being
 * down must not get the gateway restarted, since it still answers with the others' data.
 */
export function usePartnerReadiness(byUrl: Map<string, string>, timeoutMs: number): GatewayPlugin {
  const probe = async (url: string) => {
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
      const partners = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
      const ready = entries.every(([, s]) => s === 'up');
      const body = JSON.stringify({ status: ready ? 'ready' : 'partner unavailable', partners });
      endResponse(new Response(body, { status: ready ? 200 : 503, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}
