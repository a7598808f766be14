import { randomBytes } from 'node:crypto';
import { signRequest, type Identity } from '@kassel-hub/protocol';

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: any[] };
}

/** POSTs a raw body and returns status and parsed JSON; used against subgraphs and gateway. */
export async function postRaw<T = any>(url: string, body: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 200)}`);
  }
}

/** POSTs a GraphQL request. */
export function postGraphQL<T = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  return postRaw<T>(url, JSON.stringify({ query, variables }), headers);
}

/** POSTs a GraphQL request to a subgraph, signed as the gateway would sign it. */
export function postSigned<T = any>(url: string, secret: string, subgraph: string, identity: Identity, query: string, variables?: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  return postRaw<T>(url, body, signRequest(secret, subgraph, identity, body));
}

/** A fresh signing secret for one test service. */
export const testSecret = () => randomBytes(32).toString('base64url');

/** Asserts nothing in an error list carries a stack trace or internal exception details. */
export function leaksInternals(errors: any[] | undefined): boolean {
  return JSON.stringify(errors ?? []).match(/stacktrace|    at |node_modules|\.ts:\d+/) !== null;
}
