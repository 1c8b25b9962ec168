/**
 * The default transport of webhook deliveries: the runtime's `fetch`, marked with msw's
 * `bypass()` so that a test's `setupServer`/`setupWorker` lets it through to the network (a
 * loopback receiver) instead of answering it or failing it as an unhandled request.
 *
 * To catch deliveries with msw handlers instead, pass `webhooks: { fetch: (request) => fetch(request) }`
 * to `createAtenderMock`: that fetch goes through msw like any other request.
 */
import { bypass } from 'msw';
import type { DeliveryFetch } from './webhook-sender.js';

/** Sends through the network, never through msw. */
export const bypassingFetch: DeliveryFetch = (request) => fetch(bypass(request));
