import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'graphql';
import { ROOT } from './stack';
import { FANOUT_QUERY } from './workloads';

/*
 * `node bench/dist/plans.js [query-file]`: the query plans of the fan-out (or of the query in the
 * file) over the supergraph, from the Rust planner our gateway uses and from @apollo/gateway's
 * planner, with the number of subgraph requests each plan makes. Both planners are loaded from the
 * packages that ship them (the runtime's and Apollo's own dependencies), as the gateways load them.
 */
interface PlanNode {
  kind: string;
  serviceName?: string;
  operation?: string;
  path?: unknown[];
  node?: PlanNode;
  nodes?: PlanNode[];
  entityBatch?: { aliases: unknown[] };
}

const fromPackage = (pkg: string) => createRequire(require.resolve(pkg));

function show(n: PlanNode | undefined, depth = 0, out: string[] = []): string[] {
  if (!n) return out;
  const pad = '  '.repeat(depth);
  if (n.kind === 'Sequence' || n.kind === 'Parallel') {
    out.push(pad + n.kind);
    for (const c of n.nodes ?? []) show(c, depth + 1, out);
  } else if (n.kind === 'Flatten') {
    out.push(`${pad}Flatten ${JSON.stringify(n.path)}`);
    show(n.node, depth + 1, out);
  } else {
    const batch = n.entityBatch ? ` (${n.entityBatch.aliases.length} aliases)` : '';
    out.push(`${pad}${n.kind} ${n.serviceName ?? ''}${batch} ${(n.operation ?? '').replace(/\s+/g, ' ')}`);
  }
  return out;
}

function main() {
  const query = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : FANOUT_QUERY;
  const operationName = parse(query).definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);
  const sdl = readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8');

  const { QueryPlanner: RustPlanner } = fromPackage('@graphql-hive/router-runtime')('@graphql-hive/router-query-planner') as {
    QueryPlanner: new (sdl: string) => { plan(q: string, op: string | undefined, labels: Set<string>, pct: number): { node?: PlanNode } };
  };
  const rust = show(new RustPlanner(sdl).plan(query, operationName, new Set(), 0).node);
  const rustFetches = rust.filter((l) => /^\s*(Fetch|BatchFetch) /.test(l)).length;
  process.stdout.write(`# Rust planner (@graphql-hive/router-query-planner): ${rustFetches} subgraph requests\n${rust.join('\n')}\n\n`);

  // As the bench's Apollo target: access-control links without `for: SECURITY`, which it refuses.
  const apolloRequire = fromPackage('@apollo/gateway');
  const { Supergraph, operationFromDocument } = apolloRequire('@apollo/federation-internals');
  const { QueryPlanner, prettyFormatQueryPlan } = apolloRequire('@apollo/query-planner');
  const supergraph = Supergraph.build(sdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated|policy)\/v[\d.]+"), for: SECURITY\)/g, '$1)'));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
  const text: string = prettyFormatQueryPlan(plan);
  process.stdout.write(`# @apollo/query-planner: ${(text.match(/Fetch\(service:/g) ?? []).length} subgraph requests\n${text}\n`);
}

main();
