import { signRequest, type Identity } from '@kassel-hub/protocol';
import type { KasselData } from '@kassel-hub/datagen';
import type { BenchSubgraph } from './stack';

/** One HTTP request as autocannon takes it; `setupRequest` runs before each send. */
export interface LoadRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?(req: LoadRequest, context: Record<string, unknown>): LoadRequest;
  onResponse?(status: number, body: string, context: Record<string, unknown>): void;
}

export interface Workload {
  key: string;
  title: string;
  /** The requests one connection cycles through, against a gateway at `/graphql`. */
  gateway: LoadRequest[];
  /** Overrides --connections (a latency run with one connection). */
  connections?: number;
  /** The same work sent straight to the owning subgraph (the floor), where it is one subgraph. */
  direct?: { subgraph: BenchSubgraph; requests: LoadRequest[] };
}

export const today = () => new Date().toISOString().slice(0, 10);
const inYears = (n: number) => `${Number(today().slice(0, 4)) + n}${today().slice(4)}`;
const json = { 'content-type': 'application/json' };

/** The fan-out of workload (a): 50 young people, fields from all four partners, nested entities across them. */
export const FANOUT_QUERY = `query Fanout($ps: [ID!]!) { youths(pseudonyms: $ps) {
  pseudonym district { name } transitionCase { outcome } welfareMeasures { measure }
  schoolLeaving { qualification school { name hasTransitionManager district { name } } } orientationActivities { kind company { name } }
  guidanceContacts { date wish { title } } applications { outcome target { title } } measures { measure } receivesSgb2
  trainingContracts { startDate company { name district { name } } occupation { title } }
} }`;

export const LOOKUP_QUERY = '{ schools(first: 50) { id name type } }';

const GRANT = 'mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
const WITHDRAW = 'mutation Withdraw($id: ID!) { withdrawConsent(id: $id) { id withdrawnAt } }';

/**
 * Young people whose seeded consent is in force today for the coordination office and purpose
 * TRANSITION_SUPPORT: the city records one for three years when a transition case opens.
 */
export function consentingPseudonyms(world: KasselData, n: number): string[] {
  const since = inYears(-3);
  const ps = [...new Set(world.cases.filter((c) => c.openedOn > since && c.openedOn <= today()).map((c) => c.pseudonym))];
  if (ps.length < n) throw new Error(`only ${ps.length} young people with a consent in force; need ${n}`);
  return ps.slice(-n);
}

export const gatewayRequest = (token: string, purpose: string | null, query: string, variables?: unknown): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { ...json, authorization: `Bearer ${token}`, ...(purpose ? { 'x-hub-purpose': purpose } : {}) },
  body: JSON.stringify({ query, variables }),
});

/** A request straight to a subgraph, signed afresh before each send (each nonce is accepted once). */
export function directRequest(sg: BenchSubgraph, identity: Identity, body: (ctx: Record<string, unknown>) => string): LoadRequest {
  const path = new URL(sg.url).pathname;
  return {
    method: 'POST',
    path,
    headers: json,
    setupRequest(req, ctx) {
      const b = body(ctx);
      return { ...req, body: b, headers: { ...json, ...signRequest(sg.secret, sg.name, identity, b) } };
    },
  };
}

/** (d): a consent granted, then withdrawn again by its id, as a city caseworker would. */
export function consentPair(pseudonyms: string[], send: (body: (ctx: Record<string, unknown>) => string) => LoadRequest): LoadRequest[] {
  let i = 0;
  const grant = send(() =>
    JSON.stringify({
      query: GRANT,
      variables: {
        input: {
          pseudonym: pseudonyms[i++ % pseudonyms.length],
          purpose: 'CAREER_GUIDANCE',
          recipients: ['employment'],
          categories: ['SCHOOL_CAREER'],
          validFrom: today(),
          validUntil: inYears(1),
          givenBy: 'YOUNG_PERSON',
          ageAtConsent: 17,
        },
      },
    }),
  );
  grant.onResponse = (_status, body, ctx) => {
    ctx.id = /"id":"([^"]+)"/.exec(body)?.[1];
  };
  const withdraw = send((ctx) => JSON.stringify({ query: WITHDRAW, variables: { id: ctx.id ?? '00000000-0000-4000-8000-000000000000' } }));
  return [grant, withdraw];
}

/** A static gateway request as a function of the per-request context, for `consentPair`. */
export const gatewaySender = (token: string) => (body: (ctx: Record<string, unknown>) => string): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { ...json, authorization: `Bearer ${token}` },
  setupRequest: (req, ctx) => ({ ...req, body: body(ctx) }),
});
