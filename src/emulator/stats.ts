/** Request counters shared by every data-center listener. */
import type { EmulatorStats, RequestRecord } from './types.js';

/** Only the newest calls are kept, so a long benchmark stays bounded. */
export const MAX_RECORDED_REQUESTS = 20_000;

export class StatsBook {
  private total = 0;
  private byDataCenter: Record<string, number> = {};
  private byRoute: Record<string, number> = {};
  private requests: RequestRecord[] = [];

  record(entry: RequestRecord): void {
    this.total += 1;
    const dc = entry.dataCenter;
    this.byDataCenter[dc] = (this.byDataCenter[dc] ?? 0) + 1;
    const key = `${dc} ${entry.method} ${entry.route} ${entry.status}`;
    this.byRoute[key] = (this.byRoute[key] ?? 0) + 1;
    this.requests.push(entry);
    // Trim in steps rather than on every call: shifting 20,000 entries per
    // request would make the emulator the benchmark's bottleneck.
    if (this.requests.length > MAX_RECORDED_REQUESTS * 1.1) {
      this.requests = this.requests.slice(-MAX_RECORDED_REQUESTS);
    }
  }

  snapshot(): EmulatorStats {
    return {
      total: this.total,
      byDataCenter: { ...this.byDataCenter },
      byRoute: { ...this.byRoute },
      requests: this.requests.slice(-MAX_RECORDED_REQUESTS),
    };
  }

  reset(): void {
    this.total = 0;
    this.byDataCenter = {};
    this.byRoute = {};
    this.requests = [];
  }
}
