import { Kind, parse, print, visit, type DocumentNode } from 'graphql';
import type { SubgraphName } from './config';

/**
 * Points the composed supergraph at this deployment's subgraphs: the committed file carries the
 * development URLs; each `@join__graph(url:)` named in `urls` is replaced. Unknown names fail loudly.
 */
export function withSubgraphUrls(sdl: string, urls: Readonly<Record<SubgraphName, string | undefined>>): DocumentNode {
  const doc = parse(sdl);
  const seen = new Set<string>();
  const out = visit(doc, {
    Directive(node) {
      if (node.name.value !== 'join__graph') return undefined;
      const name = node.arguments?.find((a) => a.name.value === 'name');
      const graph = name?.value.kind === Kind.STRING ? name.value.value : undefined;
      if (!graph) return undefined;
      seen.add(graph);
      const replacement = urls[graph];
      if (!replacement) return undefined;
      return {
        ...node,
        arguments: node.arguments?.map((a) =>
          a.name.value === 'url' ? { ...a, value: { kind: Kind.STRING, value: replacement } } : a,
        ),
      };
    },
  });
  for (const name of Object.keys(urls)) {
    if (urls[name] && !seen.has(name)) throw new Error(`supergraph has no subgraph named ${name}`);
  }
  return out;
}

export const printSupergraph = print;

/** The names of the subgraphs a supergraph is composed of (its `@join__graph` names), in file order. */
export function composedSubgraphNames(sdl: string): string[] {
  const names: string[] = [];
  visit(parse(sdl), {
    Directive(node) {
      if (node.name.value !== 'join__graph') return;
      const name = node.arguments?.find((a) => a.name.value === 'name')?.value;
      if (name?.kind === Kind.STRING && !names.includes(name.value)) names.push(name.value);
    },
  });
  return names;
}

/** The subgraph name of each `@join__graph` URL: to know which secret signs a request. */
export function subgraphUrls(doc: DocumentNode): Map<string, string> {
  const byUrl = new Map<string, string>();
  visit(doc, {
    Directive(node) {
      if (node.name.value !== 'join__graph') return;
      const arg = (n: string) => {
        const v = node.arguments?.find((a) => a.name.value === n)?.value;
        return v?.kind === Kind.STRING ? v.value : undefined;
      };
      const name = arg('name');
      const url = arg('url');
      if (name && url) byUrl.set(url, name);
    },
  });
  return byUrl;
}
