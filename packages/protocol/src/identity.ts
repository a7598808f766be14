import { PARTNER_NAMES } from './partner-directory.generated';

/*
 * Who is asking: the verified identity the gateway takes from the caller's JWT and forwards,
 * signed, to every subgraph. Subgraphs decide on this, never on anything the client sends.
 */

/** The city's coordination office: reads reports, owns no subgraph. */
export const COORDINATION = 'coordination';

/** Every partner a subgraph accepts: the registry's (generated from the manifests) and the coordination office. */
export const PARTNERS = [...PARTNER_NAMES, COORDINATION] as const;
export type Partner = (typeof PARTNERS)[number];

export const ROLES = ['caseworker', 'analyst', 'system', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Purposes a consent can name. */
export const PURPOSES = ['TRANSITION_SUPPORT', 'CAREER_GUIDANCE', 'TRAINING_PLACEMENT', 'YOUTH_WELFARE', 'MONITORING'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Purposes a person-level read may state (header `x-hub-purpose`): every consent purpose but
 * MONITORING. A monitoring consent admits the young person to a cohort's panel, whose records leave
 * the hub only as counts under disclosure control; it never opens the person's own fields.
 */
export const READ_PURPOSES = ['TRANSITION_SUPPORT', 'CAREER_GUIDANCE', 'TRAINING_PLACEMENT', 'YOUTH_WELFARE'] as const satisfies readonly Purpose[];
export type ReadPurpose = (typeof READ_PURPOSES)[number];

/**
 * Longest user id (`sub`) a subgraph accepts in a forwarded identity. The gateway refuses longer
 * ones at the token already, so that such a caller gets a 401 naming the claim, not a failed
 * upstream call.
 */
export const MAX_SUBJECT_LENGTH = 200;

/** Longest case reference (`x-hub-case`) a subgraph accepts. */
export const MAX_CASE_REF_LENGTH = 100;

export interface Identity {
  /** Stable user id from the identity provider (`sub`). */
  sub: string;
  partner: Partner;
  roles: Role[];
  /** Purpose of a person-level read, from the `x-hub-purpose` header. */
  purpose: Purpose | null;
  /** Case reference of the acting user, from the `x-hub-case` header. */
  caseRef: string | null;
}

export const isPartner = (v: unknown): v is Partner => typeof v === 'string' && (PARTNERS as readonly string[]).includes(v);
export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
export const isPurpose = (v: unknown): v is Purpose => typeof v === 'string' && (PURPOSES as readonly string[]).includes(v);
export const isReadPurpose = (v: unknown): v is ReadPurpose => typeof v === 'string' && (READ_PURPOSES as readonly string[]).includes(v);

/** Parses an identity from untrusted JSON; null unless every field is well-formed. */
export function parseIdentity(value: unknown): Identity | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.sub !== 'string' || v.sub.length === 0 || v.sub.length > MAX_SUBJECT_LENGTH) return null;
  if (!isPartner(v.partner)) return null;
  if (!Array.isArray(v.roles) || !v.roles.every(isRole)) return null;
  if (v.purpose !== null && !isPurpose(v.purpose)) return null;
  if (v.caseRef !== null && (typeof v.caseRef !== 'string' || v.caseRef.length > MAX_CASE_REF_LENGTH)) return null;
  return { sub: v.sub, partner: v.partner, roles: v.roles as Role[], purpose: v.purpose as Purpose | null, caseRef: v.caseRef as string | null };
}
