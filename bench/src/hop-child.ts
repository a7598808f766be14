import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { announceReady, stopOnSignal } from './child';

/**
 * The least a gateway process can add: a bare Node reverse proxy that forwards each POST to one
 * subgraph (BENCH_UPSTREAM) over a kept-alive connection and returns its answer, checking,
 * parsing and signing nothing. The requests it gets are already signed for that subgraph.
 * Between the direct floor and a gateway, it shows what one more process hop costs here.
 */
async function main() {
  const upstream = new URL(process.env.BENCH_UPSTREAM ?? '');
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const up = request(
        { agent, host: upstream.hostname, port: upstream.port, path: upstream.pathname, method: 'POST', headers: { ...req.headers, host: upstream.host, 'content-length': body.length } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
          answer.pipe(res);
        },
      );
      up.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      up.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  announceReady({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}` });
  stopOnSignal(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        agent.destroy();
      }),
  );
}

main().catch((err: Error) => {
  process.stderr.write(`bench proxy hop failed: ${String(err.message).slice(0, 500)}\n`);
  process.exit(1);
});
