/**
 * The names one partner goes by, all derived from the one given to `npm run new:partner`: a
 * camel-case word such as `probationService`. Its lower-case form is the partner's name everywhere a
 * machine reads it (subgraph and `@join__graph` name, token claim, folder, database, roles, env
 * prefix, Kubernetes namespace), because each of those allows a lower-case word and not all allow
 * more (PostgreSQL roles, DNS labels, env keys).
 */
export interface PartnerNames {
  /** `probationservice`: subgraph, folder, database, token `partner`. */
  name: string;
  /** `probationService`: the exported subgraph definition and other identifiers. */
  ident: string;
  /** `ProbationService`: class-name prefix. */
  pascal: string;
  /** `PROBATIONSERVICE`: the `@join__graph` enum value and env prefix (`PROBATIONSERVICE_URL`). */
  env: string;
  /** `@kassel-hub/probationservice`. */
  packageName: string;
  /** Class of the scaffolded entity: `ProbationServiceRecord`. */
  entity: string;
  /** Its file stem and table: `probation-service-record`, `probation_service_record`. */
  entityFile: string;
  entityTable: string;
  /** Its camel-case form: `probationServiceRecord`. */
  entityIdent: string;
}

export class PartnerNameError extends Error {
  readonly code = 'INVALID_PARTNER_NAME';
}

const words = (camel: string) => camel.split(/(?=[A-Z])/).map((w) => w.toLowerCase());

export function partnerNames(given: string): PartnerNames {
  if (!/^[a-z][a-zA-Z0-9]{1,30}$/.test(given)) {
    throw new PartnerNameError(`partner name "${given}" must be one camel-case word of 2–31 letters and digits, starting lower-case (e.g. probationService)`);
  }
  const parts = words(given);
  const pascal = parts.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const name = parts.join('');
  return {
    name,
    ident: given,
    pascal,
    env: name.toUpperCase(),
    packageName: `@kassel-hub/${name}`,
    entity: `${pascal}Record`,
    entityFile: `${parts.join('-')}-record`,
    entityTable: `${parts.join('_')}_record`,
    entityIdent: `${given}Record`,
  };
}
