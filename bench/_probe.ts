import autocannon from 'autocannon';
import {
  startEmulatorProcess,
  stopProcess,
  spawnScript,
  freePort,
} from './processes.js';
import { scenarios } from './scenarios.js';
import { setTimeout as sleep } from 'node:timers/promises';
const e = await startEmulatorProcess(5);
const port = await freePort();
const script = process.argv[2]!;
const child = spawnScript(script, [], {
  PORT: String(port),
  BENCH_DATA_CENTERS: JSON.stringify(e.info.dataCenters),
  BENCH_JWKS_URL: e.info.jwksUrl,
  BENCH_HOMES_FILE: e.info.homesFile,
  BENCH_BULK: 'true',
});
await sleep(4000);
const url = `http://127.0.0.1:${port}${script.includes('subgraph') ? '/graphql' : '/'}`;
const sc = scenarios(5).find((s) => s.id === (process.argv[3] ?? 'S1'))!;
const bodies = sc.bodies(e.info);
const first = await fetch(url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    authorization: `Bearer ${e.info.token}`,
  },
  body: bodies[0],
});
console.log((await first.text()).slice(0, 300));
for (const c of [1, 10, 100]) {
  await e.reset();
  const r = await autocannon({
    url,
    method: 'POST',
    connections: c,
    duration: 3,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${e.info.token}`,
    },
    requests: bodies.map((body) => ({ body })),
  });
  console.log(
    c,
    r.requests.average,
    r.latency.p50,
    r.latency.p99,
    r['2xx'],
    r.non2xx,
    r.errors,
    'calls',
    await e.total(),
  );
}
await stopProcess(child);
await stopProcess(e.child);
