/** POSTs a GraphQL request and returns status and parsed body; used against subgraphs and gateway. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: any[] } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 200)}`);
  }
}

/** Asserts nothing in an error list carries a stack trace or internal exception details. */
export function leaksInternals(errors: any[] | undefined): boolean {
  return JSON.stringify(errors ?? []).match(/stacktrace|    at |node_modules|\.ts:\d+/) !== null;
}
