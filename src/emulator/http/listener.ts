/** One node:http listener per data center, closable even with hung calls. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorCore } from './core.js';
import { createHandler } from './handler.js';

export interface Listener {
  name: string;
  server: Server;
  port: number;
}

export async function listen(
  core: EmulatorCore,
  name: string,
  host: string,
  port: number,
  keepAliveTimeoutMs: number,
): Promise<Listener> {
  const server = createServer(createHandler(core, name));
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // Node requires headersTimeout above keepAliveTimeout to avoid a race
  // where a reused socket is closed while a request is arriving.
  server.headersTimeout = Math.max(
    server.headersTimeout,
    keepAliveTimeoutMs + 1000,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return { name, server, port: address.port };
}

/** Stops accepting, then destroys every socket, idle, busy or hung. */
export async function closeListener(listener: Listener): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    listener.server.close(() => resolve());
  });
  listener.server.closeAllConnections();
  await closed;
}
