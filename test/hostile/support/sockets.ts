/**
 * Loopback listeners that count connections: a TCP proxy in front of a data
 * center (to see whether the subgraph left a socket open) and a sink that
 * stands for a host outside the data-center table (to see whether anything
 * at all was sent there).
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** `http://127.0.0.1:<port>`, a data-center base URL. */
  url: string;
  /** Connections accepted so far. */
  accepted(): number;
  /** Connections accepted and not yet closed by either side. */
  open(): number;
  /**
   * Open connections that have carried a request. undici opens a spare
   * connection right after an aborted request destroys its socket; the spare
   * carries nothing and closes at the keep-alive timeout, so it is no leak.
   */
  openWithTraffic(): number;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  bytes: number;
  open: boolean;
}

/** Pipes every connection to `target` (an `http://host:port` URL). */
export async function startCountingProxy(
  target: string,
): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  const pairs: Pair[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    const pair: Pair = { client, upstream, bytes: 0, open: true };
    pairs.push(pair);
    client.on('data', (chunk: Buffer) => (pair.bytes += chunk.length));
    client.pipe(upstream).pipe(client);
    // Either side closing ends the pair, as a transparent proxy would.
    const end = () => {
      pair.open = false;
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  const url = await listenOnLoopback(server);
  const open = () => pairs.filter((pair) => pair.open);
  return {
    url,
    accepted: () => pairs.length,
    open: () => open().length,
    openWithTraffic: () => open().filter((pair) => pair.bytes > 0).length,
    close: () =>
      closeServer(
        server,
        pairs.flatMap((pair) => [pair.client, pair.upstream]),
      ),
  };
}

export interface Sink {
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  /** Every byte received, as text. */
  received(): string;
  close(): Promise<void>;
}

/** Accepts connections and never answers, keeping what it was sent. */
export async function startSink(): Promise<Sink> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let received = '';
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    connections: () => connections,
    received: () => received,
    close: () => closeServer(server, [...sockets]),
  };
}

async function listenOnLoopback(server: net.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: net.Server, sockets: net.Socket[]) {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Polls `check` until it holds or `ms` pass; the last value either way. */
export async function eventually<T>(
  read: () => T,
  check: (value: T) => boolean,
  ms = 2_000,
): Promise<T> {
  const until = Date.now() + ms;
  let value = read();
  while (!check(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = read();
  }
  return value;
}
