import { z } from 'zod';
import { ConfigError, envSchemas, readEnv } from '@kassel-hub/kit';
import type { PartnerManifest } from '@kassel-hub/manifest';
import { envPrefix } from '@kassel-hub/registry';

/** `<NAME>_PORT` of each partner, for `npm start`. */
export const portKey = (name: string) => `${envPrefix(name)}_PORT`;

/**
 * The port each partner's subgraph listens on under `npm start`: its `<NAME>_PORT`, else
 * `SUBGRAPH_BASE_PORT` plus its place in the registry, else its manifest's development port. Two
 * checkouts (or another service on 4001) can run side by side without editing a manifest. The
 * gateway's and PostgreSQL's ports are passed in so that a clash with them is refused too, before
 * anything starts.
 */
export function devPorts(manifests: readonly PartnerManifest[], env: NodeJS.ProcessEnv, taken: Readonly<Record<string, number>>): Record<string, number> {
  const schema = z.object({
    SUBGRAPH_BASE_PORT: envSchemas.port.refine((p) => p > 0, 'must not be 0').optional(),
    ...Object.fromEntries(manifests.map((m) => [portKey(m.name), envSchemas.port.refine((p) => p > 0, 'must not be 0').optional()])),
  });
  const e = readEnv('npm start', schema, env) as Record<string, number | undefined>;
  const base = e.SUBGRAPH_BASE_PORT;
  const ports = Object.fromEntries(manifests.map((m, i) => [m.name, e[portKey(m.name)] ?? (base !== undefined ? base + i : m.defaultPort)]));
  const owners = new Map<number, string>(Object.entries(taken).map(([what, port]) => [port, what]));
  const clashes: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    if (port > 65535) clashes.push(`${name}: port ${port} is above 65535 (SUBGRAPH_BASE_PORT too high)`);
    const other = owners.get(port);
    if (other) clashes.push(`${name} and ${other} would both listen on ${port}: set ${portKey(name)}`);
    else owners.set(port, name);
  }
  if (clashes.length) throw new ConfigError('npm start', clashes);
  return ports;
}
