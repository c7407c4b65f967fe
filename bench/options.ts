/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import { CONTENDERS, type ContenderId } from './contenders.js';
import type { ScenarioId } from './scenarios.js';

export const USAGE = `npm run bench -- [options]

  --quick              3 s runs, 1 s warm-up: a smoke run
  --duration <s>       seconds of load per scenario and contender (10)
  --warmup <s>         seconds of load before each measured run (5)
  --connections <n>    concurrent connections for S1 to S3 (100)
  --s4-connections <n> concurrent connections for S4 (1)
  --latency <ms>       emulator latency per call for S1 to S3 (5)
  --scenarios <list>   e.g. S1,S3 (all)
  --contenders <list>  of fanout,bulk,naive,dsrest (all)
  --strict             exit 1 when a goal fails
  --help`;

export interface BenchOptions {
  durationSec: number;
  warmupSec: number;
  connections: number;
  s4Connections: number;
  latencyMs: number;
  scenarios: ScenarioId[];
  contenders: ContenderId[];
  strict: boolean;
  quick: boolean;
  help: boolean;
}

const SCENARIO_IDS: ScenarioId[] = ['S1', 'S2', 'S3', 'S4'];

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '100' },
      's4-connections': { type: 'string', default: '1' },
      latency: { type: 'string', default: '5' },
      scenarios: { type: 'string', default: SCENARIO_IDS.join(',') },
      contenders: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  return {
    durationSec: number('duration', values.duration ?? (quick ? '3' : '10')),
    warmupSec: number('warmup', values.warmup ?? (quick ? '1' : '5')),
    connections: number('connections', values.connections),
    s4Connections: number('s4-connections', values['s4-connections']),
    latencyMs: number('latency', values.latency, 0),
    scenarios: list('scenarios', values.scenarios, SCENARIO_IDS),
    contenders: list(
      'contenders',
      values.contenders ?? CONTENDERS.map((c) => c.id).join(','),
      CONTENDERS.map((c) => c.id),
    ),
    strict: values.strict,
    quick,
    help: values.help,
  };
}

function number(name: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(
      `--${name} must be a whole number >= ${min}, got ${raw}`,
    );
  }
  return value;
}

function list<T extends string>(name: string, raw: string, allowed: T[]): T[] {
  const picked = raw.split(',').map((item) => item.trim());
  const bad = picked.filter((item) => !allowed.includes(item as T));
  if (bad.length > 0 || picked.length === 0) {
    throw new TypeError(
      `--${name} takes a comma list of ${allowed.join(', ')}; got ${raw}`,
    );
  }
  return picked as T[];
}
