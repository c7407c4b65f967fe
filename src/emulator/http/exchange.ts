/**
 * One request and its answer. Every way of answering (JSON, redirect, reset,
 * hang) goes through here, so each call is recorded in the stats exactly once
 * and before the client can see the answer: a test that reads the stats right
 * after its response always finds its call.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { scimError } from '../errors.js';
import type { StatsBook } from '../stats.js';
import type { Timers } from '../timers.js';

export interface ExchangeDeps {
  dataCenter: string;
  stats: StatsBook;
  timers: Timers;
}

export class Exchange {
  readonly url: URL;
  route = '*';
  correlationId: string | null = null;
  subject: string | null = null;
  companyId: string | null = null;
  /** Set by a `stallBody` fault: pause this long halfway through the body. */
  stallBodyMs = 0;
  /** False for calls the stats do not count (admin routes). */
  counted = true;
  private answered = false;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly deps: ExchangeDeps,
  ) {
    this.url = new URL(req.url ?? '/', 'http://emulator.invalid');
  }

  get method(): string {
    return this.req.method ?? 'GET';
  }

  json(status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    this.raw(status, text, { 'content-type': 'application/json', ...headers });
  }

  error(status: number, detail: string, scimType?: string) {
    this.json(status, scimError(status, detail, scimType));
  }

  redirect(location: string) {
    this.raw(301, '', { location });
  }

  /** Sends `body` with a true content-length, stalling if a fault says so. */
  raw(status: number, body: string, headers: Record<string, string>) {
    if (!this.begin(status)) return;
    const bytes = Buffer.from(body);
    this.res.writeHead(status, {
      ...headers,
      'content-length': String(bytes.length),
    });
    if (this.stallBodyMs <= 0 || bytes.length < 2) {
      this.res.end(bytes);
      return;
    }
    const half = Math.floor(bytes.length / 2);
    this.res.write(bytes.subarray(0, half));
    void this.deps.timers.sleep(this.stallBodyMs).then(() => {
      if (!this.res.destroyed) this.res.end(bytes.subarray(half));
    });
  }

  /** Drops the connection without a word: a connection reset to the client. */
  reset() {
    if (this.begin(0)) this.req.socket.destroy();
  }

  /** Never answers; `close()` of the emulator destroys the socket. */
  hang() {
    this.begin(0);
  }

  private begin(status: number): boolean {
    if (this.answered || this.res.destroyed) return false;
    this.answered = true;
    if (this.counted) this.record(status);
    return true;
  }

  private record(status: number) {
    this.deps.stats.record({
      dataCenter: this.deps.dataCenter,
      method: this.method,
      route: this.route,
      path: this.url.pathname + this.url.search,
      status,
      correlationId: this.correlationId,
      subject: this.subject,
      companyId: this.companyId,
      at: new Date().toISOString(),
    });
  }
}
