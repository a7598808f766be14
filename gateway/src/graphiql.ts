import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL with its assets inlined: municipal networks block public CDNs, so the page must not
 * load anything from elsewhere. The default query is the README's cross-partner example.
 */
export function graphiqlPage(defaultQuery: string) {
  return (opts: Parameters<typeof renderGraphiQL>[0]) =>
    renderGraphiQL({ ...opts, title: 'Kassel transition hub', defaultQuery });
}
