/**
 * A fleet of "workers" in one test process: each worker has its own store (its own Redis
 * connection and pacer, as a separate process would), all on one key of the mock's sandbox
 * HTTP server. Counts every answer and 429 through the SDK's `onResponse` hook.
 */

import type { RateLimitWindowSpec } from '@atender/mock';
import { type MockServer, startMockServer } from '@atender/mock/node';
import { type AtenderClient, createAtenderClient, type PacingStore } from '@atender/sdk';

/** The sandbox server with one key on a tier of the given windows. */
export async function startTierServer(windows: readonly RateLimitWindowSpec[]): Promise<{ server: MockServer; apiKey: string }> {
  const server = await startMockServer({
    port: 0,
    mockOptions: {
      rateLimitTiers: { fleet: { windows } },
      keys: [{ tenantId: 'ten_acme', environment: 'sandbox', name: 'fleet key', bundles: ['full_access'], tier: 'fleet' }],
    },
  });
  const key = server.mock.keys.all().find((k) => k.name === 'fleet key');
  if (!key) throw new Error('the mock did not register the fleet key');
  return { server, apiKey: key.secret };
}

/** Answers seen by a fleet. */
export interface Tally {
  answers: number;
  limited: number;
  /** Every answer's status, in arrival order. */
  statuses?: number[];
}

/** One client per store (or per `true` for a private pacer), all counting into `tally`. */
export function fleetClients(
  server: MockServer,
  apiKey: string,
  pacings: ReadonlyArray<{ store: PacingStore } | boolean>,
  tally: Tally,
): AtenderClient[] {
  return pacings.map((pacing) =>
    createAtenderClient({
      apiKey,
      baseUrl: server.sandboxUrl,
      pacing,
      maxRetries: 5,
      hooks: {
        onResponse: (event) => {
          tally.answers++;
          tally.statuses?.push(event.status);
          if (event.status === 429) tally.limited++;
        },
      },
    }),
  );
}

/** Waits until just after the next boundary of a window `seconds` long (the mock aligns windows to the epoch). */
export async function alignToWindow(seconds: number): Promise<void> {
  const period = seconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, period - (Date.now() % period) + 5));
}
