import type { SubgraphDefinition } from '@kassel-hub/kit';
import { unknownPartnersNamed, type PartnerManifest } from '@kassel-hub/manifest';
import { manifests } from './manifests';

export { manifests };

/** The partners' names, in registry order. */
export const partnerNames: readonly string[] = manifests.map((m) => m.name);

/** Every partner's subgraph, in registry order. */
export const subgraphs: readonly SubgraphDefinition<unknown>[] = manifests.map((m) => m.subgraph);

export class UnknownPartnerError extends Error {
  readonly code = 'UNKNOWN_PARTNER';
  constructor(name: string) {
    super(`unknown partner "${name}"; expected one of ${partnerNames.join(', ')}`);
  }
}

export function manifestByName(name: string): PartnerManifest {
  const manifest = manifests.find((m) => m.name === name);
  if (!manifest) throw new UnknownPartnerError(name);
  return manifest;
}

export const subgraphByName = (name: string): SubgraphDefinition<unknown> => manifestByName(name).subgraph;

/** The prefix of a partner's environment variables (`SCHOOLS_URL`, `SCHOOLS_SIGNING_SECRET`, …). */
export const envPrefix = (name: string): string => name.toUpperCase();

/** `a|b|c`, for usage lines. */
export const partnerChoices = (): string => partnerNames.join('|');

/** Names, ports and databases unique, every category owned once, every partner named exists: checked when the registry loads. */
export function checkRegistry(list: readonly PartnerManifest[]): void {
  const problems: string[] = [];
  const once = (what: string, values: readonly (string | number)[]) => {
    const seen = new Set<string | number>();
    for (const v of values) (seen.has(v) ? problems.push(`${what} ${v} appears twice`) : seen.add(v));
  };
  once('partner', list.map((m) => m.name));
  once('port', list.map((m) => m.defaultPort));
  once('database', list.map((m) => m.database.name));
  once('category', list.flatMap((m) => Object.keys(m.categories)));
  problems.push(...unknownPartnersNamed(list));
  if (problems.length) throw new RegistryError(problems);
}

export class RegistryError extends Error {
  readonly code = 'REGISTRY_INCONSISTENT';
  constructor(readonly problems: readonly string[]) {
    super(`the partner registry is inconsistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
checkRegistry(manifests);
