/**
 * `/_emulator/*`: stats, reset, faults and the OpenAPI document. No auth and
 * never counted in the stats, so a test's own bookkeeping does not skew what
 * it measures.
 */
import { openApiDocument } from '../openapi.js';
import type { FaultRule } from '../types.js';
import type { EmulatorCore } from './core.js';
import type { Exchange } from './exchange.js';

/** Fault rules are small; a bigger body is a mistake, not a rule. */
const MAX_BODY_BYTES = 64 * 1024;

export async function handleAdmin(core: EmulatorCore, exchange: Exchange) {
  const key = `${exchange.method} ${exchange.url.pathname.replace(/\/$/, '')}`;
  switch (key) {
    case 'GET /_emulator/stats':
      return exchange.json(200, core.stats.snapshot());
    case 'POST /_emulator/reset':
      core.reset();
      return exchange.json(200, { ok: true });
    case 'GET /_emulator/faults':
      return exchange.json(200, core.faults.list());
    case 'DELETE /_emulator/faults':
      core.faults.clear();
      return exchange.json(200, { ok: true });
    case 'POST /_emulator/faults':
      return addFault(core, exchange);
    case 'GET /_emulator/openapi.json':
      return exchange.json(200, openApiDocument());
    default:
      return exchange.error(404, `no emulator route ${key}`);
  }
}

async function addFault(core: EmulatorCore, exchange: Exchange) {
  let rule: FaultRule;
  try {
    rule = JSON.parse(await readBody(exchange)) as FaultRule;
  } catch {
    return exchange.error(
      400,
      'the body must be a JSON fault rule',
      'invalidSyntax',
    );
  }
  try {
    exchange.json(201, { id: core.faults.add(rule) });
  } catch (error) {
    exchange.error(400, (error as Error).message, 'invalidValue');
  }
}

async function readBody(exchange: Exchange): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of exchange.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
