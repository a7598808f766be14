import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What a partner answered: the status and the body as text (parsed by the caller). */
export interface UpstreamAnswer {
  status: number;
  body: string;
}

/** Why no answer arrived: no connection or a broken one, the call's own time ran out, or the caller left. */
export type UpstreamFailureKind = 'connection' | 'timeout' | 'aborted';

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamFailure';
  }
}

/** One endpoint's parsed address and its kept-alive connections, built once per subgraph. */
export interface UpstreamTarget {
  readonly url: string;
  readonly secure: boolean;
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly agent: Agent;
}

export function upstreamTarget(url: string): UpstreamTarget {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  if (!secure && u.protocol !== 'http:') throw new Error(`subgraph URL must be http(s): ${url}`);
  // Keep-alive: every fan-out reuses the connections of the ones before it.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true });
  return { url, secure, host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port) || (secure ? 443 : 80), path: `${u.pathname}${u.search}`, agent };
}

/**
 * POSTs `body` as JSON and reads the whole answer. One timer per call bounds the time from sending to
 * the last byte; when it fires, or `signal` aborts, the connection is destroyed (never reused
 * half-read). Every outcome other than a complete answer is an `UpstreamFailure`.
 */
export function postJson(target: UpstreamTarget, headers: Record<string, string>, body: Buffer, timeoutMs: number | undefined, signal?: AbortSignal): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UpstreamFailure('aborted', 'the request was cancelled before it was sent'));
    let failure: UpstreamFailure | undefined;
    const send = target.secure ? httpsRequest : request;
    // Plain `on` listeners: they go with the request and response objects (no `once` wrappers to
    // build and remove per call); a second 'error' finds the promise settled.
    const req = send({ host: target.host, port: target.port, path: target.path, method: 'POST', agent: target.agent, headers });
    const fail = (f: UpstreamFailure) => {
      if (failure) return;
      failure = f;
      req.destroy(f);
    };
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => fail(new UpstreamFailure('timeout', `no answer within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = () => fail(new UpstreamFailure('aborted', 'the request was cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const broken = (err: Error) => {
      done();
      reject(failure ?? new UpstreamFailure('connection', `request failed: ${(err as NodeJS.ErrnoException).code ?? err.message}`, { cause: err }));
    };
    req.on('error', broken);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        done();
        resolve({ status: res.statusCode ?? 0, body: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8') });
      });
      // A connection lost (or destroyed by the timer) mid-answer; a settled promise ignores the second call.
      res.on('error', broken);
    });
    req.end(body);
  });
}
