/**
 * Step 5: 60 concurrent GETs on a tier of 20 requests per 1-second window. With the SDK's
 * pacing (on by default for secret keys) the burst waits for each window instead of collecting
 * 429s; a client with pacing and retries off gets the 429s as `RateLimitError`s. Each side has
 * its own key, so neither spends the other's budget.
 */
import { createAtenderClient, RateLimitError } from '@atender/sdk';
import { DemoStepError, detail, seconds } from './output.js';
import { BURST_TIER } from './sandbox.js';

/** Calls in the burst: three windows' worth of the tier. */
export const BURST_SIZE = 60;

/** What the two bursts saw. */
export interface BurstOutcome {
  readonly size: number;
  /** 429 answers the paced client received (the target is zero). */
  readonly pacedLimited: number;
  readonly pacedMs: number;
  /** Calls of the unpaced client rejected with `RateLimitError`. */
  readonly unpacedRateLimitErrors: number;
}

interface BurstResult {
  readonly limited: number;
  readonly failures: unknown[];
  readonly ms: number;
}

/** Fires `BURST_SIZE` GETs at once and waits for all of them. */
async function burst(baseUrl: string, apiKey: string, pacing: boolean): Promise<BurstResult> {
  let limited = 0;
  const client = createAtenderClient({
    apiKey,
    baseUrl,
    pacing,
    // Without pacing, retries would hide the 429s behind Retry-After waits: show them instead.
    ...(pacing ? {} : { maxRetries: 0 }),
    hooks: {
      onResponse: (event) => {
        if (event.status === 429) limited += 1;
      },
    },
  });
  const started = performance.now();
  const calls = Array.from({ length: BURST_SIZE }, () => client.GET('/api/v1/kb/articles', { params: { query: { limit: 1 } } }));
  const settled = await Promise.allSettled(calls);
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  return { limited, failures, ms: performance.now() - started };
}

/** Runs the paced burst, then the unpaced one, and checks the paced one saw no 429. */
export async function runBursts(baseUrl: string, keys: { paced: string; unpaced: string }): Promise<BurstOutcome> {
  detail(
    `tier "${BURST_TIER.name}": ${BURST_TIER.limit} requests per ${BURST_TIER.seconds}-second window; ${BURST_SIZE} × GET /api/v1/kb/articles at once`,
  );
  const paced = await burst(baseUrl, keys.paced, true);
  detail(`pacing on:  ${BURST_SIZE - paced.failures.length}/${BURST_SIZE} succeeded, ${paced.limited} × 429, in ${seconds(paced.ms)}`);
  const unpaced = await burst(baseUrl, keys.unpaced, false);
  const rateLimited = unpaced.failures.filter((error): error is RateLimitError => RateLimitError.is(error));
  const sample = rateLimited[0];
  const why = sample ? ` (window "${sample.window}", limit ${sample.limit}, retry after ${(sample.retryAfterMs ?? 0) / 1000} s)` : '';
  detail(
    `pacing off: ${BURST_SIZE - unpaced.failures.length}/${BURST_SIZE} succeeded, ${unpaced.limited} × 429 → ${rateLimited.length} RateLimitError${why}`,
  );
  if (paced.failures.length > 0 || paced.limited > 0) {
    throw new DemoStepError(`the paced burst saw ${paced.limited} × 429 and ${paced.failures.length} failed call(s); expected none`);
  }
  return { size: BURST_SIZE, pacedLimited: paced.limited, pacedMs: paced.ms, unpacedRateLimitErrors: rateLimited.length };
}
