/**
 * A tiny loopback HTTP server that records what reaches it, for the faults
 * the emulator cannot script precisely (a host outside the data-center
 * table, exact timing, counted sockets).
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  atMs: number;
  /** Whether the socket that carried this request has closed since. */
  socketClosed: () => boolean;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  index: number,
) => void;

export interface TestServer {
  url: string;
  requests: Recorded[];
  /** Sockets ever accepted. */
  connections(): number;
  /** Sockets open right now. */
  openSockets(): number;
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(handler?: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  let current: Handler = handler ?? ((_req, res) => res.end());
  const server = createServer((req, res) => {
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      atMs: Date.now(),
      socketClosed: () => req.socket.closed,
    });
    current(req, res, requests.length - 1);
  });
  server.on('connection', (socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => accepted,
    openSockets: () => sockets.size,
    setHandler: (next) => {
      current = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers `status` with a JSON body. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export const USER_ID = '0f2b6c1e-6a1d-4c8e-9d1f-1a2b3c4d5e6f';

/** A minimal Profile v1 user. */
export function wireUser(id: string, displayName = `User ${id.slice(0, 4)}`) {
  return {
    schemas: ['com:concur:User:1.0'],
    id,
    displayName,
    active: true,
    meta: { principalType: 'user' },
  };
}

export const TOKEN = 'secret-token-9f8e7d';

export function callContext(
  overrides: Partial<{
    deadlineAt: number;
    correlationId: string;
    homeDataCenter: string;
    signal: AbortSignal;
    token: string;
  }> = {},
) {
  return {
    token: TOKEN,
    correlationId: overrides.correlationId ?? crypto.randomUUID(),
    deadlineAt: Date.now() + 10_000,
    ...overrides,
  };
}
