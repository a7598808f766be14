// The peer must never phone home: without this @apollo/gateway probes cloud metadata addresses
// and exports metrics to Apollo's servers. Set before the package is loaded.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

import { readFileSync } from 'node:fs';
import { print } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { isReadPurpose, signRequest, type Identity } from '@kassel-hub/protocol';
import { loadGatewayConfig } from '@kassel-hub/gateway';
import type { SubgraphName } from '@kassel-hub/gateway/dist/config';
import { withSubgraphUrls } from '@kassel-hub/gateway/dist/supergraph';
import { cachedTokenVerifier, localKeys } from '@kassel-hub/gateway/dist/auth/jwt';
import { knownPartners } from '@kassel-hub/gateway/dist/auth/partners';
import { announceReady, stopOnSignalProfiled } from './child';

interface Context {
  identity: Identity;
}

/**
 * The peer gateway a user would otherwise pick, doing the same work as ours: the same supergraph
 * and subgraphs, the caller's token verified with the same code, and every subgraph request signed
 * with the kit's `signRequest` over the exact body it sends (the subgraphs refuse anything else).
 */
class SignedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    url: string,
    private readonly subgraph: SubgraphName,
    private readonly secret: string,
  ) {
    // Apollo's own fetcher (make-fetch-happen), as a user gets it; BENCH_APOLLO_FETCH=undici tries
    // Node's fetch instead (it measured slower here).
    super({ url, ...(process.env.BENCH_APOLLO_FETCH === 'undici' ? { fetcher: fetch as never } : {}) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    // RemoteGraphQLDataSource sends JSON.stringify({ query, ...rest without http }): sign exactly that.
    const { query, http, ...rest } = request;
    const body = JSON.stringify({ query, ...rest });
    for (const [k, v] of Object.entries(signRequest(this.secret, this.subgraph, context.identity, body))) http!.headers.set(k, v);
  }
}

async function main() {
  const config = loadGatewayConfig();
  const jwks = JSON.parse(readFileSync(config.auth.jwksFile!, 'utf8'));
  const jwt = { issuer: config.auth.issuer, audience: config.auth.audience, keys: localKeys(jwks), maxTokenAgeSeconds: config.auth.maxTokenAgeSeconds, partners: knownPartners(config.subgraphs) };
  const verifyToken = cachedTokenVerifier(jwt);
  // @apollo/gateway refuses a supergraph whose access-control features (@requiresScopes,
  // @authenticated, @policy: Apollo Router Enterprise features) are linked `for: SECURITY`. Linked
  // without a purpose it ignores them; our gateway enforces the scopes itself, the bench's callers
  // hold them anyway, so both gateways answer the same.
  const supergraphSdl = print(withSubgraphUrls(readFileSync(config.supergraphPath, 'utf8'), config.subgraphUrls)).replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated|policy)\/v[\d.]+"), for: SECURITY\)/g,
    '$1)',
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SignedDataSource(url!, name as SubgraphName, config.signingSecrets[name as SubgraphName]),
  });
  const server = new ApolloServer<Context>({ gateway, plugins: [ApolloServerPluginLandingPageDisabled()] });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const base = await verifyToken(token);
      const purpose = req.headers['x-hub-purpose'];
      return { identity: { ...base, purpose: isReadPurpose(purpose) ? purpose : null, caseRef: null } };
    },
  });
  announceReady({ url: new URL('/graphql', url).toString() });
  stopOnSignalProfiled(() => server.stop());
}

main().catch((err: Error) => {
  process.stderr.write(`bench apollo gateway failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
