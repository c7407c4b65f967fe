/** The one table, as Markdown so the README can hold it verbatim. */
import { CONTENDERS, type ContenderId } from './contenders.js';
import type { GoalCheck, Results } from './goals.js';
import type { RunResult } from './measure.js';
import type { Scenario } from './scenarios.js';

const HEADER = [
  'scenario',
  'contender',
  'req/s',
  'p50 ms',
  'p99 ms',
  'calls/query',
  'peak RSS MB',
  'CPU ms/query',
  'ready ms',
  'load',
  'vs naive',
  'vs dsrest',
  'answer',
];

export function renderTable(scenarios: Scenario[], results: Results): string {
  const rows: string[][] = [];
  for (const scenario of scenarios) {
    const entry = results[scenario.id];
    if (!entry) continue;
    const label = `${scenario.id} ${scenario.title} (${scenario.latencyMs} ms, ${entry.connections} conn)`;
    const reference = entry.runs.fanout ?? Object.values(entry.runs)[0];
    for (const contender of CONTENDERS) {
      const run = entry.runs[contender.id];
      const failure = entry.failed[contender.id];
      if (failure) rows.push(failedRow(label, contender.label, failure));
      if (!run) continue;
      rows.push([
        label,
        contender.label,
        run.rps.toFixed(0),
        String(run.p50),
        String(run.p99),
        run.callsPerQuery.toFixed(1),
        run.peakRssBytes === null
          ? '?'
          : (run.peakRssBytes / 2 ** 20).toFixed(0),
        run.cpuMsPerQuery === null ? '-' : run.cpuMsPerQuery.toFixed(2),
        run.readyMs.toFixed(0),
        run.loadAverage.toFixed(1),
        ratio(contender.id, run, entry.runs.naive),
        ratio(contender.id, run, entry.runs.dsrest),
        answerNote(run, reference),
      ]);
    }
  }
  return markdown([HEADER, ...rows]);
}

function failedRow(label: string, contender: string, reason: string) {
  const cells = HEADER.map(() => '-');
  cells[0] = label;
  cells[1] = contender;
  cells[HEADER.length - 1] = `run failed: ${reason}`;
  return cells;
}

/** Ours over a baseline, taken from the same run; blank on baseline rows. */
function ratio(id: ContenderId, run: RunResult, base?: RunResult): string {
  if (id !== 'fanout' && id !== 'bulk') return '';
  if (!base) return '-';
  // A baseline that completed nothing has no ratio, only a lower bound.
  if (base.rps === 0) return run.rps > 0 ? 'base 0' : '-';
  return `${(run.rps / base.rps).toFixed(2)}x`;
}

function answerNote(run: RunResult, reference?: RunResult): string {
  const notes: string[] = [];
  if (run.answerErrors > 0) notes.push(`${run.answerErrors} errors`);
  if (
    reference &&
    JSON.stringify(run.answer) !== JSON.stringify(reference.answer)
  ) {
    notes.push('differs from fan-out');
  }
  if (run.failures > 0) notes.push(`${run.failures} failed under load`);
  return notes.length > 0 ? notes.join('; ') : 'same';
}

export function renderGoals(goals: GoalCheck[]): string {
  return goals
    .map((g) => `${g.verdict.padEnd(4)}  ${g.goal}: ${g.detail}`)
    .join('\n');
}

function markdown(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) =>
    Math.max(...rows.map((row) => row[col]!.length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
