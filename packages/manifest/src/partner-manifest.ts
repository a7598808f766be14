import { auditTrail, type StatutoryRelease } from '@kassel-hub/governance';
import type { AnyExportKind } from '@kassel-hub/import';
import type { AdoptedRecords } from '@kassel-hub/governance';
import type { SubgraphDefinition } from '@kassel-hub/kit';
import { COORDINATION, isReadPurpose, type ReadPurpose, type Role } from '@kassel-hub/protocol';

/**
 * Which recipients may receive which of a partner's categories under a young person's consent, and
 * for which purposes: what the law lets the owner pass on with consent, stated per rule. The
 * consent register records only consents within these rules, and the owner's `decideRelease`
 * releases only within them, whatever a consent names.
 */
export interface ConsentReleaseRule {
  categories: readonly string[];
  /** Other partners by name, or the coordination office; never the owner itself, which needs no consent. */
  recipients: readonly string[];
  /** Purposes of case work; MONITORING never releases person-level data. */
  purposes: readonly ReadPurpose[];
  /** The legal reasoning, for whoever reads or changes the rule (docs/partners.md has it in full). */
  basis: string;
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
  /**
   * Records the law gave this partner from another (`from`): `npm run move` and the deploy step
   * (the subgraph's image with `adopt <name>`, between the migrations and the serving containers)
   * hand them over. Declared by the recipient, so that the tooling needs no list of moves.
   */
  adopts: readonly AdoptedRecords[];
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
    if (rule.recipients.includes(manifest.name)) problems.push('consent release names the partner itself as recipient');
    for (const p of rule.purposes) if (!isReadPurpose(p)) problems.push(`consent release names purpose ${p}, which is not one of case work`);
    if (!rule.recipients.length || !rule.purposes.length || !rule.categories.length) problems.push('a consent release rule names no category, recipient or purpose');
  }
  for (const a of manifest.adopts) if (a.from === manifest.name) problems.push(`move ${a.name} adopts records from the partner itself`);
  for (const s of manifest.statutoryReleases) if (s.owner !== manifest.name) problems.push(`statutory release ${s.id} is owned by ${s.owner}`);
  if (problems.length) throw new ManifestError(manifest.name, problems);
  return manifest;
}

/** Release rules and moves name other partners: each must be in `list` (or the coordination office). */
export function unknownPartnersNamed(list: readonly PartnerManifest[]): string[] {
  const known = new Set([...list.map((m) => m.name), COORDINATION]);
  const problems: string[] = [];
  for (const m of list) {
    for (const r of m.consentReleases.flatMap((x) => x.recipients)) if (!known.has(r)) problems.push(`${m.name} releases to "${r}", which is no partner`);
    for (const a of m.adopts) if (!known.has(a.from) || a.from === COORDINATION) problems.push(`${m.name} adopts ${a.name} from "${a.from}", which is no partner`);
  }
  return problems;
}

export class ManifestError extends Error {
  readonly code = 'MANIFEST_INVALID';
  constructor(partner: string, readonly problems: readonly string[]) {
    super(`manifest of ${partner} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
