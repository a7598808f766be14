import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FaultyServer {
  url: string;
  /** Requests that reached the server (headers received). */
  readonly requests: number;
  stop(): Promise<void>;
}

/** Listens on a free loopback port; `onRequest` decides what a request gets. */
async function listen(onRequest: (req: IncomingMessage, socket: Socket) => void): Promise<FaultyServer> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req) => {
    requests += 1;
    onRequest(req, req.socket);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get requests() {
      return requests;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A partner that accepts the connection and the request and then never answers. */
export const startHangingServer = () => listen(() => undefined);

/** A partner that dies mid-request: the connection is reset once the request has arrived. */
export const startResettingServer = () => listen((_req, socket) => socket.destroy());
