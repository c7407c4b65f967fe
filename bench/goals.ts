/**
 * The issue's goals, checked against one run's results. A goal whose
 * figures were not measured (filtered out) is SKIP, never PASS.
 */
import type { ContenderId } from './contenders.js';
import type { RunResult } from './measure.js';
import type { ScenarioId } from './scenarios.js';

export interface ScenarioRuns {
  connections: number;
  /** Distinct users and companies in the reference answer. */
  distinctResources: number;
  runs: Partial<Record<ContenderId, RunResult>>;
  /** Runs that did not finish, with the reason. */
  failed: Partial<Record<ContenderId, string>>;
}

export type Results = Partial<Record<ScenarioId, ScenarioRuns>>;

export interface GoalCheck {
  goal: string;
  verdict: 'PASS' | 'FAIL' | 'SKIP';
  detail: string;
}

const OURS = ['fanout', 'bulk'] as const;
const MB = 1024 * 1024;

export function checkGoals(results: Results): GoalCheck[] {
  return [
    ...throughputGoals(results, 'S2'),
    ...throughputGoals(results, 'S3'),
    ...OURS.flatMap((ours) =>
      (['naive', 'dsrest'] as const).map((base) =>
        ratioGoal(results, 'S1', ours, base, 1),
      ),
    ),
    callsGoal(results, 'fanout'),
    callsGoal(results, 'bulk'),
    ...OURS.map((ours) => s4Goal(results, ours)),
    ...OURS.map((ours) => rssGoal(results, ours)),
    ...OURS.map((ours) => readyGoal(results, ours)),
  ];
}

function throughputGoals(results: Results, id: ScenarioId): GoalCheck[] {
  return OURS.flatMap((ours) => [
    ratioGoal(results, id, ours, 'naive', 3),
    ratioGoal(results, id, ours, 'dsrest', 1.5),
  ]);
}

function ratioGoal(
  results: Results,
  id: ScenarioId,
  ours: ContenderId,
  base: ContenderId,
  factor: number,
): GoalCheck {
  const goal = `${id} ${ours} throughput >= ${factor}x ${base}`;
  const a = results[id]?.runs[ours];
  const b = results[id]?.runs[base];
  const failed = results[id]?.failed ?? {};
  if (failed[ours]) return verdict(goal, false, `${ours} failed`);
  if (failed[base]) return { goal, verdict: 'SKIP', detail: `${base} failed` };
  if (!a || !b) return skip(goal);
  if (b.rps === 0) {
    return verdict(goal, a.rps > 0, `${base} completed nothing`);
  }
  const ratio = a.rps / b.rps;
  return verdict(goal, ratio >= factor, `${ratio.toFixed(2)}x`);
}

function callsGoal(results: Results, ours: 'fanout' | 'bulk'): GoalCheck {
  const s2 = results.S2;
  const run = s2?.runs[ours];
  const limit = ours === 'fanout' ? (s2?.distinctResources ?? 0) : 5;
  const goal = `S2 ${ours} upstream calls/query <= ${ours === 'fanout' ? `distinct resources (${limit})` : limit}`;
  if (!s2 || !run) return skip(goal);
  const detail = `${run.callsPerQuery.toFixed(2)} under load, ${run.callsAlone} alone`;
  return verdict(goal, run.callsPerQuery <= limit, detail);
}

function s4Goal(results: Results, ours: ContenderId): GoalCheck {
  const goal = `S4 ${ours} p50 <= 70 ms (60 ms bound + 10)`;
  const run = results.S4?.runs[ours];
  if (!run) return skip(goal);
  const detail = `p50 ${run.p50} ms at ${results.S4?.connections} conn`;
  return verdict(goal, run.p50 <= 70, detail);
}

function rssGoal(results: Results, ours: ContenderId): GoalCheck {
  const goal = `${ours} peak RSS < 300 MB at 100 connections`;
  const peaks = Object.values(results)
    .filter((s) => s.connections >= 100)
    .map((s) => s.runs[ours]?.peakRssBytes)
    .filter((v): v is number => typeof v === 'number');
  if (peaks.length === 0) return skip(goal);
  const peak = Math.max(...peaks) / MB;
  return verdict(goal, peak < 300, `max ${peak.toFixed(0)} MB`);
}

function readyGoal(results: Results, ours: ContenderId): GoalCheck {
  const goal = `${ours} ready to serve within 2 s of spawn`;
  const times = Object.values(results)
    .map((s) => s.runs[ours]?.readyMs)
    .filter((v): v is number => typeof v === 'number');
  if (times.length === 0) return skip(goal);
  const worst = Math.max(...times);
  return verdict(goal, worst <= 2000, `worst ${worst.toFixed(0)} ms`);
}

const skip = (goal: string): GoalCheck => ({
  goal,
  verdict: 'SKIP',
  detail: 'not measured in this run',
});

const verdict = (goal: string, ok: boolean, detail: string): GoalCheck => ({
  goal,
  verdict: ok ? 'PASS' : 'FAIL',
  detail,
});
