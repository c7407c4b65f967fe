/**
 * `npm run bench`: this subgraph against the servers people would otherwise
 * write, on one emulator, in one run. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { CONTENDERS } from './contenders.js';
import { checkGoals, type Results, type ScenarioRuns } from './goals.js';
import { measureRun, type RunSettings } from './measure.js';
import { readOptions, USAGE, type BenchOptions } from './options.js';
import {
  startEmulatorProcess,
  stopProcess,
  type EmulatorHandle,
} from './processes.js';
import { distinctIds, scenarios, type Scenario } from './scenarios.js';
import { renderGoals, renderTable } from './table.js';

const NOTES = `* Baselines are pointed at each resource's home data center, read from the
  emulator's data set: their HTTP clients follow a 301 themselves and drop
  the Authorization header across origins, so they could not reach a
  resource in another data center at all. This subgraph gets no such map;
  it follows 301s itself and learns homes (during the warm-up).
  vs naive / vs dsrest: this subgraph's req/s over the baseline's, same run.
  calls/query: emulator calls during the load run / GraphQL requests sent.
  peak RSS: the contender process's VmHWM (own process, start to end of run).
  ready: spawn of the process to its first answer without errors.`;

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  // The subgraph is measured as deployed: compiled, not under tsx.
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const chosen = scenarios(options.latencyMs).filter((s) =>
    options.scenarios.includes(s.id),
  );
  console.error(machine());
  const results: Results = {};
  for (const latency of [...new Set(chosen.map((s) => s.latencyMs))]) {
    const group = chosen.filter((s) => s.latencyMs === latency);
    const emulator = await startEmulatorProcess(latency);
    try {
      for (const scenario of group) {
        results[scenario.id] = await runScenario(scenario, emulator, options);
      }
    } finally {
      await stopProcess(emulator.child);
      await rm(emulator.info.homesFile, { force: true });
    }
  }
  const goals = checkGoals(results);
  console.log(`\n${machine()}\n`);
  console.log(renderTable(chosen, results));
  console.log(`\n${NOTES}\n\nGoals:\n${renderGoals(goals)}`);
  if (options.strict && goals.some((g) => g.verdict === 'FAIL')) {
    process.exitCode = 1;
  }
}

async function runScenario(
  scenario: Scenario,
  emulator: EmulatorHandle,
  options: BenchOptions,
): Promise<ScenarioRuns> {
  const settings: RunSettings = {
    durationSec: options.durationSec,
    warmupSec: options.warmupSec,
    connections:
      scenario.id === 'S4' ? options.s4Connections : options.connections,
  };
  const entry: ScenarioRuns = {
    connections: settings.connections,
    distinctResources: 0,
    runs: {},
    failed: {},
  };
  for (const contender of CONTENDERS) {
    if (!options.contenders.includes(contender.id)) continue;
    const name = `${scenario.id} ${contender.label}`;
    console.error(`${name}: running`);
    try {
      const run = await measureRun(contender, scenario, emulator, settings);
      console.error(`${name}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms`);
      entry.runs[contender.id] = run;
    } catch (error) {
      // One contender falling over is a result, not the end of the run.
      entry.failed[contender.id] = (error as Error).message;
      console.error(`${name}: failed: ${(error as Error).message}`);
    }
  }
  const reference = entry.runs.fanout ?? Object.values(entry.runs)[0];
  entry.distinctResources = distinctIds(reference?.answer).size;
  return entry;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpus().length} x ${cpu}, ${memory} GiB, Node ${process.version}, load average ${load}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
