/**
 * Scripted upstream misbehaviour. Rules are checked in the order they were
 * added; every matching `latency` rule applies, then the first matching rule
 * of any other kind decides the answer.
 */
import { seededRandom } from './timers.js';
import type { FaultAction, FaultRule } from './types.js';

/** The parts of a call a rule can match on. */
export interface FaultCall {
  dataCenter: string;
  method: string;
  /** Path and query, URL-decoded, so ids inside a filter are found. */
  target: string;
}

export interface FaultDecision {
  latencies: Array<Extract<FaultAction, { kind: 'latency' }>>;
  terminal?: Exclude<FaultAction, { kind: 'latency' }>;
}

const KINDS = new Set([
  'status',
  'latency',
  'reset',
  'hang',
  'stallBody',
  'malformedJson',
  'oversized',
  'redirect',
]);

interface StoredRule {
  rule: FaultRule & { id: string };
  remaining: number;
}

export class FaultBook {
  private rules: StoredRule[] = [];
  private nextId = 1;
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  /** Throws `TypeError` for a rule that cannot work, naming the field. */
  add(rule: FaultRule): string {
    validate(rule);
    const id = `fault-${this.nextId++}`;
    const stored = { ...structuredClone(rule), id };
    this.rules.push({ rule: stored, remaining: rule.times ?? Infinity });
    return id;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ rule }) => structuredClone(rule));
  }

  decide(call: FaultCall): FaultDecision {
    const decision: FaultDecision = { latencies: [] };
    for (const stored of this.rules) {
      const { action } = stored.rule;
      if (action.kind !== 'latency' && decision.terminal) continue;
      if (!this.applies(stored, call)) continue;
      stored.remaining -= 1;
      if (action.kind === 'latency') decision.latencies.push(action);
      else decision.terminal = action;
    }
    this.rules = this.rules.filter((stored) => stored.remaining > 0);
    return decision;
  }

  private applies(stored: StoredRule, call: FaultCall): boolean {
    if (stored.remaining <= 0 || !matches(stored.rule, call)) return false;
    const rate = stored.rule.rate;
    return rate === undefined || this.random() < rate;
  }
}

function matches({ match }: FaultRule, call: FaultCall): boolean {
  if (match === undefined) return true;
  if (match.dataCenter !== undefined && match.dataCenter !== call.dataCenter) {
    return false;
  }
  if (
    match.method !== undefined &&
    match.method.toUpperCase() !== call.method.toUpperCase()
  ) {
    return false;
  }
  if (
    match.pathPrefix !== undefined &&
    !call.target.startsWith(match.pathPrefix)
  ) {
    return false;
  }
  return (
    match.resourceId === undefined ||
    call.target.toLowerCase().includes(match.resourceId.toLowerCase())
  );
}

function validate(rule: FaultRule): void {
  const kind = (rule as { action?: { kind?: unknown } }).action?.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) {
    throw new TypeError(
      `fault action.kind must be one of ${[...KINDS].join(', ')}, got ${String(kind)}`,
    );
  }
  if (
    rule.times !== undefined &&
    !(Number.isInteger(rule.times) && rule.times > 0)
  ) {
    throw new TypeError(
      `fault times must be a positive integer, got ${rule.times}`,
    );
  }
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) {
    throw new TypeError(`fault rate must be between 0 and 1, got ${rule.rate}`);
  }
  if (
    rule.action.kind === 'status' &&
    !(rule.action.status >= 100 && rule.action.status <= 599)
  ) {
    throw new TypeError(
      `fault action.status must be an HTTP status, got ${rule.action.status}`,
    );
  }
}
