import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The largest request body accepted; larger ones get 413 before any parsing. Generous because the
 * gateway passes a cohort's panel records between subgraphs (several MB at scale 10); only requests
 * whose signature headers pass the body-free checks are read at all.
 */
export const MAX_BODY_BYTES = 32_000_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A GraphQL-shaped error body for failures before execution (bad JSON, too large, not found). */
export function sendText(res: ServerResponse, status: number, body: string, contentType: string) {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

export function sendError(res: ServerResponse, err: HttpError) {
  sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] });
}

/**
 * Stops accepting connections, lets in-flight requests finish, and force-closes whatever is still
 * open after `graceMs`: a deploy or Ctrl-C never cuts an answer short, and never hangs forever.
 */
export function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
