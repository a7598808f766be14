import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composedSubgraphNames } from './supergraph';

/** The committed supergraph, which the gateway serves unless SUPERGRAPH_PATH says otherwise. */
export const COMMITTED_SUPERGRAPH = resolve(__dirname, '../../schema/supergraph.graphql');

/** The subgraphs of the committed supergraph. */
export const committedSubgraphs = (): string[] => composedSubgraphNames(readFileSync(COMMITTED_SUPERGRAPH, 'utf8'));

/** For tests: a signing secret for every subgraph of the committed supergraph (`<NAME>_SIGNING_SECRET`). */
export function testSigningSecrets(fill = 's'): Record<string, string> {
  return Object.fromEntries(committedSubgraphs().map((n) => [`${n.toUpperCase()}_SIGNING_SECRET`, fill.repeat(32)]));
}
