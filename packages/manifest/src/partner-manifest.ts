import { auditTrail, type StatutoryRelease } from '@kassel-hub/governance';
import type { AnyExportKind } from '@kassel-hub/import';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import type { Purpose, Role } from '@kassel-hub/protocol';

/**
 * Who may receive a partner's categories under a young person's consent, and for which purposes.
 * The consent register offers these combinations; `decideRelease` then checks the actual consent.
 */
export interface ConsentReleaseRule {
  categories: readonly string[];
  /** Partner names (or the coordination office); `any`: whoever the consent names. */
  recipients: readonly string[] | 'any';
  purposes: readonly Purpose[];
}

/**
 * Everything the tooling needs to know about one partner: the subgraph it runs, where it listens
 * in development, its database, the data categories it owns and who may receive them, and the
 * exports it imports. The registry lists these; start, import, migrate, audit, the generated
 * deployment files and the tests derive from them instead of naming partners.
 */
export interface PartnerManifest<L = unknown> {
  /** Lower-case name: the subgraph's `@join__graph` name, the token's `partner` claim, the env prefix. */
  name: string;
  /** Who the partner is, for people reading generated files and command output. */
  title: string;
  /** Port of `npm start` (development); production sets PORT. */
  defaultPort: number;
  database: {
    /** The partner's own database. */
    name: string;
    /** The role that owns the schema and runs the migrations. */
    ownerRole: string;
    /** The role the subgraph serves as (may only append to the audit trail). */
    servingRole: string;
  };
  /**
   * The person-level data categories this partner owns, in schema order, each with the description
   * the `DataCategory` enum documents. Every category is owned by exactly one partner.
   */
  categories: Readonly<Record<string, string>>;
  /** Who may receive which of `categories` under consent, and for which purposes. */
  consentReleases: readonly ConsentReleaseRule[];
  /**
   * Roles of this partner's users for whom the partners compute a cohort's panel records (besides
   * the coordination office's analysts): the city's transition managers, who follow up members
   * known to no partner. Empty for most partners.
   */
  monitoringReaders: readonly Role[];
  /** Releases by law instead of consent, owned by this partner. */
  statutoryReleases: readonly StatutoryRelease[];
  /** The exports of the partner's own systems that `npm run import` accepts. */
  exportKinds: readonly AnyExportKind[];
  /** The subgraph: entities, migrations, resolvers, references, seed. */
  subgraph: SubgraphDefinition<L>;
}

/** Checks the manifest's own consistency at definition time, so a typo fails on load, not at a release. */
export function definePartner<L>(manifest: PartnerManifest<L>): PartnerManifest<L> {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]*$/.test(manifest.name)) problems.push(`name "${manifest.name}" is not a lower-case word`);
  if (manifest.subgraph.name !== manifest.name) problems.push(`subgraph is named "${manifest.subgraph.name}"`);
  if (manifest.subgraph.defaultPort !== manifest.defaultPort) problems.push(`subgraph listens on ${manifest.subgraph.defaultPort}, not ${manifest.defaultPort}`);
  // Releases to other partners are written to the owner's trail; a subgraph without it would release unlogged.
  if (!manifest.subgraph.extensions?.includes(auditTrail)) problems.push('subgraph has no audit trail (define it with partnerSubgraph)');
  for (const rule of manifest.consentReleases) {
    for (const c of rule.categories) if (!(c in manifest.categories)) problems.push(`consent release names ${c}, which the partner does not own`);
  }
  for (const s of manifest.statutoryReleases) if (s.owner !== manifest.name) problems.push(`statutory release ${s.id} is owned by ${s.owner}`);
  if (problems.length) throw new ManifestError(manifest.name, problems);
  return manifest;
}

export class ManifestError extends Error {
  readonly code = 'MANIFEST_INVALID';
  constructor(partner: string, readonly problems: readonly string[]) {
    super(`manifest of ${partner} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
