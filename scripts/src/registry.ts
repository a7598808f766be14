import type { SubgraphDefinition } from '@kassel-hub/kit';
import { municipality } from '@kassel-hub/municipality';
import { schools } from '@kassel-hub/schools';
import { employment } from '@kassel-hub/employment';
import { chambers } from '@kassel-hub/chambers';
import { youthWelfare } from '@kassel-hub/youthwelfare';

/** The partner subgraphs, in the order they start and appear in the supergraph. */
export const subgraphs: SubgraphDefinition<unknown>[] = [municipality, schools, employment, chambers, youthWelfare] as never;

export function subgraphByName(name: string): SubgraphDefinition<unknown> {
  const def = subgraphs.find((s) => s.name === name);
  if (!def) throw new Error(`unknown subgraph "${name}"; expected one of ${subgraphs.map((s) => s.name).join(', ')}`);
  return def;
}
