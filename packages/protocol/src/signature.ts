import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';
import { parseIdentity } from './identity';

/*
 * Gateway-to-subgraph request signing. The gateway's runtime offers HMAC signing of query and
 * variables only; this scheme also covers the forwarded identity, a timestamp and a nonce, so a
 * captured request can neither be altered (claims included) nor replayed.
 *
 *   x-hub-identity  base64url(JSON identity)
 *   x-hub-timestamp milliseconds since epoch
 *   x-hub-nonce     128 random bits, hex
 *   x-hub-signature v1=hex(HMAC-SHA256(secret, canonical))
 *   traceparent     W3C trace context of the gateway's span, when the request is traced
 *   canonical       "v1\n<subgraph>\n<timestamp>\n<nonce>\n<identity>\n<traceparent or empty>\n<sha256(body) hex>"
 *
 * The trace context is signed too: a subgraph continues the trace it names, so an altered one
 * would file the partner's spans (and its SQL) under someone else's trace.
 */
export const SIGNATURE_HEADERS = {
  identity: 'x-hub-identity',
  timestamp: 'x-hub-timestamp',
  nonce: 'x-hub-nonce',
  signature: 'x-hub-signature',
  traceparent: 'traceparent',
} as const;

/** A W3C traceparent: version, trace id, parent span id, flags. */
const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Shortest signing secret accepted: 256 bits of entropy as text, so forged signatures stay unguessable. */
export const MIN_SIGNING_SECRET_LENGTH = 32;
export const SIGNING_SECRET_RULE = `must be at least ${MIN_SIGNING_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)`;

/** How far a request's timestamp may be from the subgraph's clock. */
export const MAX_SKEW_MS = 30_000;

function canonical(subgraph: string, timestamp: string, nonce: string, identity: string, traceparent: string, body: string | Buffer) {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return `v1\n${subgraph}\n${timestamp}\n${nonce}\n${identity}\n${traceparent}\n${bodyHash}`;
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/** Headers that sign `body` for `subgraph` on behalf of `identity`, and the trace context if any. */
export function signRequest(secret: string, subgraph: string, identity: Identity, body: string, now = Date.now(), traceparent = ''): Record<string, string> {
  const id = Buffer.from(JSON.stringify(identity)).toString('base64url');
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('hex');
  return {
    [SIGNATURE_HEADERS.identity]: id,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: `v1=${hmac(secret, canonical(subgraph, timestamp, nonce, id, traceparent, body))}`,
    ...(traceparent ? { [SIGNATURE_HEADERS.traceparent]: traceparent } : {}),
  };
}

export type SignatureFailure = 'MISSING' | 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'REPLAYED';

/**
 * The checks that need no body: present, well-formed and fresh. Run before the body is read, so an
 * unsigned caller cannot make a subgraph read a large body at all.
 */
export function precheckSignature(headers: (name: string) => string | undefined, now = Date.now()): SignatureFailure | null {
  const id = headers(SIGNATURE_HEADERS.identity);
  const timestamp = headers(SIGNATURE_HEADERS.timestamp);
  const nonce = headers(SIGNATURE_HEADERS.nonce);
  const signature = headers(SIGNATURE_HEADERS.signature);
  if (!id || !timestamp || !nonce || !signature) return 'MISSING';
  const traceparent = headers(SIGNATURE_HEADERS.traceparent);
  if (!/^\d{1,16}$/.test(timestamp) || !/^[0-9a-f]{32}$/.test(nonce) || !/^v1=[0-9a-f]{64}$/.test(signature) || id.length > 4096) return 'MALFORMED';
  if (traceparent !== undefined && !TRACEPARENT.test(traceparent)) return 'MALFORMED';
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return 'EXPIRED';
  return null;
}

/** A request whose signature checks out: who it is for, and the nonce still to be claimed. */
export interface VerifiedRequest {
  ok: true;
  identity: Identity;
  nonce: string;
  /** The signed timestamp, milliseconds since epoch. */
  signedAt: number;
}

/**
 * Verifies a signed request; returns the identity it carries or why it is refused. Whether the
 * nonce is new is not known here: the caller claims it in the partner's database (`NonceStore`),
 * which every replica shares, and refuses the request as REPLAYED when the claim fails.
 */
export function verifyRequest(
  secret: string,
  subgraph: string,
  headers: (name: string) => string | undefined,
  body: Buffer,
  now = Date.now(),
): VerifiedRequest | { ok: false; reason: SignatureFailure } {
  const id = headers(SIGNATURE_HEADERS.identity);
  const timestamp = headers(SIGNATURE_HEADERS.timestamp);
  const nonce = headers(SIGNATURE_HEADERS.nonce);
  const signature = headers(SIGNATURE_HEADERS.signature);
  if (!id || !timestamp || !nonce || !signature) return { ok: false, reason: 'MISSING' };
  if (!/^\d{1,16}$/.test(timestamp) || !/^[0-9a-f]{32}$/.test(nonce) || !/^v1=[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: 'MALFORMED' };
  }
  const expected = Buffer.from(hmac(secret, canonical(subgraph, timestamp, nonce, id, headers(SIGNATURE_HEADERS.traceparent) ?? '', body)), 'hex');
  const given = Buffer.from(signature.slice(3), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return { ok: false, reason: 'EXPIRED' };
  let identity: Identity | null = null;
  try {
    identity = parseIdentity(JSON.parse(Buffer.from(id, 'base64url').toString('utf8')));
  } catch {
    identity = null;
  }
  if (!identity) return { ok: false, reason: 'MALFORMED' };
  return { ok: true, identity, nonce, signedAt: Number(timestamp) };
}
