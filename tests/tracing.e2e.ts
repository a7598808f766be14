import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerNames } from '@kassel-hub/registry';
import { PARTNER_ATTRIBUTE } from '@kassel-hub/kit';
import { setupTracing } from '@kassel-hub/telemetry';
import { signRequest } from '@kassel-hub/protocol';
import { exampleQuery } from '../gateway/src/example';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';
import { postRaw } from './support/http';
import { caseworker } from './support/subgraph';

/*
 * An operator follows one request through the hub: the gateway's spans, each partner's subgraph
 * continuing the same trace (the context travels in the signed request), and the SQL each partner
 * ran for it. The spans go to an in-memory exporter of the real SDK instead of a collector.
 */
const PARTNERS = partnerNames;
const exporter = new InMemorySpanExporter();
const partnerOf = (s: ReadableSpan) => s.attributes[PARTNER_ATTRIBUTE] as string | undefined;

describe('one trace from the gateway through every partner into its SQL', () => {
  let hub: TestHub;
  let gateway: TestGateway;
  beforeAll(async () => {
    setupTracing('hub-test', { exporter });
    hub = await startTestHub({ scale: 1 });
    gateway = await hub.startGateway({}, { tracing: true });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("the README example is one trace with spans of the gateway, every partner's subgraph and their SQL, without the person asked for", async () => {
    exporter.reset();
    const pseudonym = 'YWJ4QHJM01RZX';
    const { body } = await gateway.query(exampleQuery, { pseudonym }, await hub.as('coordination', ['caseworker'], 'TRANSITION_SUPPORT'));
    expect(body.errors).toBeUndefined();
    // Subgraph spans end when their response is closed, just after the gateway has its answer.
    await expect.poll(() => new Set(exporter.getFinishedSpans().filter((s) => s.name.endsWith('subgraph request')).map(partnerOf)).size).toBe(PARTNERS.length);

    const all = exporter.getFinishedSpans();
    // The request's root is the gateway's HTTP span; every partner's span and SQL is in its trace.
    const root = all.filter((s) => s.name === 'POST /graphql' && !s.parentSpanContext);
    expect(root).toHaveLength(1);
    const traceId = root[0]!.spanContext().traceId;
    expect(all.filter((s) => partnerOf(s) && s.spanContext().traceId !== traceId)).toEqual([]);
    const spans = all.filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));

    for (const partner of PARTNERS) {
      // A partner may be called more than once per operation (chambers: contracts, then companies).
      const requests = spans.filter((s) => s.name === `${partner} subgraph request`);
      expect(requests.length, partner).toBeGreaterThan(0);
      for (const request of requests) {
        // Its parent is one of the gateway's spans, so the partner's part hangs in the same tree.
        const parent = byId.get(request.parentSpanContext!.spanId);
        expect(parent, partner).toBeDefined();
        expect(partnerOf(parent!), partner).toBeUndefined();
      }
      const sql = spans.filter((s) => s.name === 'SQL' && partnerOf(s) === partner);
      expect(sql.length, partner).toBeGreaterThan(0);
      for (const s of sql) {
        let up = s;
        while (up.name !== `${partner} subgraph request`) up = byId.get(up.parentSpanContext!.spanId)!;
        expect(requests).toContain(up);
      }
    }
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain(pseudonym);
  });

  it('a subgraph refuses a request whose trace context was changed after signing', async () => {
    const schools = hub.subgraphs.schools!;
    const body = JSON.stringify({ query: '{ __typename }' });
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const signed = signRequest(schools.secret, 'schools', caseworker('schools'), body, Date.now(), traceparent);
    expect((await postRaw(schools.subgraph.url, body, signed)).status).toBe(200);
    const again = signRequest(schools.secret, 'schools', caseworker('schools'), body, Date.now(), traceparent);
    const altered = await postRaw(schools.subgraph.url, body, { ...again, traceparent: traceparent.replace('0af7', '1af7') });
    expect(altered.status).toBe(401);
    expect(altered.body.errors[0].extensions.code).toBe('SIGNATURE_BAD_SIGNATURE');
  });
});
