import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { loadGatewayConfig } from '@kassel-hub/gateway';
import { printSupergraph, subgraphUrls, withSubgraphUrls } from '@kassel-hub/gateway/dist/supergraph';
import { useUpstreamSigning } from '@kassel-hub/gateway/dist/auth/signing.plugin';
import { useUnverifiedIdentity } from '@kassel-hub/gateway/dist/auth/unverified-identity.plugin';
import { knownPartners } from '@kassel-hub/gateway/dist/auth/partners';
import { announceReady, stopOnSignalProfiled } from './child';

/**
 * The bare Hive gateway runtime with the Rust planner over the same supergraph and subgraphs: none
 * of the hub's plugins, no limits, no timeout or retry wrappers, no error masking of ours. Only what
 * the subgraphs require to answer at all: the caller's identity (read from the token unchecked) and
 * the signature over each upstream request. In-flight deduplication is off, as in ours, so that
 * both send the same subgraph requests. The least our gateway could cost on this runtime.
 */
async function main() {
  const config = loadGatewayConfig();
  const doc = withSubgraphUrls(readFileSync(config.supergraphPath, 'utf8'), config.subgraphUrls);
  const byUrl = subgraphUrls(doc);
  const runtime = createGatewayRuntime({
    supergraph: printSupergraph(doc),
    transports: { http: httpTransport },
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    unifiedGraphHandler,
    logging: false,
    graphqlEndpoint: '/graphql',
    plugins: () => [useUnverifiedIdentity(knownPartners(config.subgraphs)), useUpstreamSigning(config.signingSecrets, (url) => byUrl.get(url))],
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  announceReady({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
  stopOnSignalProfiled(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await runtime.dispose();
  });
}

main().catch((err: Error) => {
  process.stderr.write(`bench bare gateway failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
