/** What each terminal fault action does to an exchange. */
import { USER_SCHEMA } from '../../upstream/profile-v1/wire.js';
import { scimError } from '../errors.js';
import type { FaultDecision } from '../faults.js';
import type { Exchange } from './exchange.js';

type Terminal = NonNullable<FaultDecision['terminal']>;

/**
 * Answers the exchange as the fault says. Returns false when the call should
 * still be handled normally (`stallBody` only changes how the body is sent).
 */
export function performFault(exchange: Exchange, action: Terminal): boolean {
  switch (action.kind) {
    case 'status': {
      const headers: Record<string, string> = {};
      if (action.retryAfter !== undefined) {
        headers['retry-after'] = String(action.retryAfter);
      }
      const body = action.body ?? scimError(action.status, 'injected fault');
      exchange.json(action.status, body, headers);
      return true;
    }
    case 'reset':
      exchange.reset();
      return true;
    case 'hang':
      exchange.hang();
      return true;
    case 'stallBody':
      exchange.stallBodyMs = action.ms;
      return false;
    case 'malformedJson':
      exchange.raw(200, `{"schemas":["${USER_SCHEMA}"],"id":"`, {
        'content-type': 'application/json',
      });
      return true;
    case 'oversized':
      exchange.raw(200, oversizedBody(action.bytes), {
        'content-type': 'application/json',
      });
      return true;
    case 'redirect':
      exchange.redirect(action.location);
      return true;
  }
}

/** Valid JSON of about `bytes` bytes, shaped like a user. */
function oversizedBody(bytes: number): string {
  const head = `{"schemas":["${USER_SCHEMA}"],"id":"00000000-0000-4000-8000-000000000000","padding":"`;
  const tail = '"}';
  const padding = Math.max(0, bytes - head.length - tail.length);
  return head + 'x'.repeat(padding) + tail;
}
