import type { Identity } from './identity';

/*
 * Coarse rules the gateway enforces from the schema (`@requiresScopes`) before any subgraph is
 * asked; each subgraph still enforces its own, finer rules. Scopes are derived from the verified
 * identity: `partner:<name>` and `role:<name>`; a field is open when all scopes of one inner list
 * are held.
 */
export const scopesOf = (identity: Pick<Identity, 'partner' | 'roles'>): string[] => [`partner:${identity.partner}`, ...identity.roles.map((r) => `role:${r}`)];

/** Reports: the coordination office's analysts, or the partner that owns the figures. */
export const aggregateScopes = (owner: string) => `@requiresScopes(scopes: [["partner:coordination", "role:analyst"], ["partner:${owner}"]])`;

/**
 * A figure combined from several partners' aggregates (`@requires` on their fields). Composition
 * wants the combining field to list every alternative its parts accept, so the gateway lets through
 * the analysts and each owner; the combining subgraph then refuses everyone but the coordination
 * office's analysts, the only readers allowed to see every part.
 */
export const crossPartnerScopes = (owners: readonly string[]) =>
  `@requiresScopes(scopes: [["partner:coordination", "role:analyst"], ${owners.map((o) => `["partner:${o}"]`).join(', ')}])`;

/** Writes and registers of one partner: its own staff only. */
export const ownerScopes = (owner: string) => `@requiresScopes(scopes: [["partner:${owner}"]])`;

/** True when `held` satisfies the `@requiresScopes` alternatives `required`. */
export const satisfiesScopes = (held: readonly string[], required: readonly (readonly string[])[]) =>
  required.some((all) => all.every((s) => held.includes(s)));
