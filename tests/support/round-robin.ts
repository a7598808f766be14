import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it passed the balancer, and the instance it went to. */
export interface PassedRequest {
  upstream: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RoundRobin {
  /** The balancer's `/graphql` URL, to give the gateway instead of one instance's. */
  url: string;
  /** Every request passed on so far, oldest first. */
  passed: PassedRequest[];
  stop(): Promise<void>;
}

/**
 * A load balancer in front of a subgraph's instances, as an orchestrator's service is: each request
 * goes to the next instance in turn, unchanged (path, headers and body). It keeps what it passed,
 * so a test can replay a captured request to another instance.
 */
export async function startRoundRobin(instanceUrls: string[]): Promise<RoundRobin> {
  const passed: PassedRequest[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', instanceUrls[next++ % instanceUrls.length]);
      const body = Buffer.concat(chunks);
      passed.push({ upstream: target.origin, headers: req.headers, body });
      const out = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      out.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      out.end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    passed,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
