/** The load generator: autocannon, in the runner's own process. */
import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  token: string;
  bodies: string[];
}

export function runLoad(
  target: LoadTarget,
  durationSec: number,
  connections: number,
) {
  return autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration: durationSec,
    timeout: 30,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${target.token}`,
    },
    requests: target.bodies.map((body) => ({ body })),
    // A 200 carrying GraphQL errors (an upstream timeout under load, say)
    // is not a served query; it must not count as throughput.
    verifyBody: (body) => !body.includes('"errors"'),
  });
}
