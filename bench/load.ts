/** The load generator: autocannon, in the runner's own process. */
import autocannon, { type Result } from 'autocannon';

export interface LoadTarget {
  url: string;
  token: string;
  bodies: string[];
}

export interface LoadResult extends Result {
  /** 2xx answers without GraphQL errors: the queries actually served. */
  served: number;
}

export async function runLoad(
  target: LoadTarget,
  durationSec: number,
  connections: number,
): Promise<LoadResult> {
  let served = 0;
  // A 200 carrying GraphQL errors (an upstream timeout under load, say) is
  // not a served query, and must not count as throughput. Counted here per
  // response: autocannon's own body check also counts non-2xx answers, so
  // it cannot tell a 200 with errors from a 503.
  const countServed = (status: number, body: string) => {
    if (status >= 200 && status < 300 && !body.includes('"errors"')) {
      served += 1;
    }
  };
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration: durationSec,
    timeout: 30,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${target.token}`,
    },
    requests: target.bodies.map((body) => ({
      body,
      onResponse: countServed,
    })),
  });
  return { ...result, served };
}
