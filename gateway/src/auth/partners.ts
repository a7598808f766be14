import { COORDINATION, type Partner } from '@kassel-hub/protocol';

/**
 * The partners a token may name: every subgraph the supergraph is composed of, and the city's
 * coordination office, which reads reports and owns no subgraph. Known from the supergraph, not
 * from a list in the code, so that a partner added to the composition needs no gateway change.
 */
export function knownPartners(subgraphs: readonly string[]): ReadonlySet<string> {
  return new Set([...subgraphs, COORDINATION]);
}

export const isKnownPartner = (partners: ReadonlySet<string>, v: unknown): v is Partner => typeof v === 'string' && partners.has(v);
