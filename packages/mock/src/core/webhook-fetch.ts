/**
 * The default transport of webhook deliveries: the runtime's `fetch`, marked with msw's
 * `bypass()` so that a test's `setupServer`/`setupWorker` lets it through to the network (a
 * loopback receiver) instead of answering it or failing it as an unhandled request. Hosts under
 * the reserved `.example` and `.invalid` names (RFC 2606) never resolve, so they fail at once
 * without a DNS lookup: the seeded endpoints point there.
 *
 * To catch deliveries with msw handlers instead, pass `webhooks: { fetch: (request) => fetch(request) }`
 * to `createAtenderMock`: that fetch goes through msw like any other request.
 */
import { bypass } from 'msw';
import type { DeliveryFetch } from './webhook-sender.js';

const RESERVED = /(^|\.)(example|invalid)\.?$/i;

/** Raised for a host that cannot resolve; shaped like a network error (`cause.code`). */
function hostNotFound(host: string): TypeError {
  return new TypeError(`fetch failed: ${host} is a reserved name that never resolves`, { cause: { code: 'ENOTFOUND' } });
}

/** Sends through the network, never through msw. */
export const bypassingFetch: DeliveryFetch = async (request) => {
  const { hostname } = new URL(request.url);
  if (RESERVED.test(hostname)) throw hostNotFound(hostname);
  return fetch(bypass(request));
};
