/**
 * What the request benchmarks share: a mock whose key never hits a rate limit (a 429 would be a
 * different, cheaper path and would make the variants incomparable), the article they fetch,
 * and small helpers over per-call timings.
 */
import type { AtenderMock, AtenderMockOptions } from '@atender/mock';
import { fmt } from './stats.ts';

/** A tier no benchmark can spend: one billion calls a minute. */
export const BENCH_MOCK_OPTIONS: AtenderMockOptions = {
  rateLimitTiers: { bench: { windows: [{ name: 'minute', limit: 1_000_000_000, seconds: 60 }] } },
};

/** A seeded sandbox article of the demo tenant `ten_acme`. */
export const BENCH_ARTICLE_ID = 'art_acmeS03';

/** The path every request benchmark calls. */
export const BENCH_ARTICLE_PATH = `/api/v1/kb/articles/${BENCH_ARTICLE_ID}`;

/** Adds a `full_access` sandbox key on the `bench` tier and returns its secret. */
export function addBenchKey(mock: AtenderMock): string {
  return mock.keys.add({ tenantId: 'ten_acme', environment: 'sandbox', name: 'bench full_access', bundles: ['full_access'], tier: 'bench' })
    .secret;
}

/** The value below which `q` of the sorted values fall (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** `1.23×`, or `n/a` when the base is not a positive number. */
export function ratio(value: number, base: number): string {
  return base > 0 ? `${fmt(value / base, 2)}×` : 'n/a';
}

/** Times `calls` sequential runs of `call`, appending each duration (ms) to `into`. */
export async function timeCalls(call: () => Promise<void>, calls: number, into: number[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await call();
    into.push(performance.now() - t);
  }
  return (performance.now() - started) / calls;
}
