/**
 * Fixed-window rate limiting per key. Budget is checked and spent in one synchronous step, so
 * under N concurrent requests with B units left exactly B succeed: JavaScript never interleaves
 * two synchronous steps.
 */
import { RATE_LIMIT_TIERS, RATE_LIMIT_WINDOWS, type RateLimitWindowState } from '@atender/contract';

/** One window of a tier. */
export interface RateLimitWindowSpec {
  /** Policy name in the headers, e.g. `minute`. */
  readonly name: string;
  /** Units allowed per window. */
  readonly limit: number;
  /** Window length in seconds; windows are aligned to the epoch (a `day` resets at 00:00 UTC). */
  readonly seconds: number;
}

/** A tier: the windows every key of that tier is limited by. */
export interface RateLimitTierSpec {
  readonly windows: readonly RateLimitWindowSpec[];
}

/** Tier name → windows. */
export type RateLimitTiers = Readonly<Record<string, RateLimitTierSpec>>;

/** The spec's tiers (`standard`, `elevated`, `enterprise`) as windows. */
export function contractTiers(): Record<string, RateLimitTierSpec> {
  const tiers: Record<string, RateLimitTierSpec> = {};
  for (const [tier, limits] of Object.entries(RATE_LIMIT_TIERS)) {
    tiers[tier] = {
      windows: Object.entries(RATE_LIMIT_WINDOWS).map(([name, seconds]) => ({ name, seconds, limit: limits[name as keyof typeof limits] })),
    };
  }
  return tiers;
}

/** The outcome of spending budget. */
export type ConsumeResult =
  | { readonly ok: true; readonly windows: readonly RateLimitWindowState[] }
  | {
      readonly ok: false;
      readonly windows: readonly RateLimitWindowState[];
      /** The window that blocks longest; waiting `retryAfterSeconds` clears every blocking window. */
      readonly blocked: { readonly name: string; readonly limit: number; readonly retryAfterSeconds: number };
    };

/** Per-key budget accounting. */
export interface RateLimiter {
  /** Spends `cost` units of every window of the tier, or none when any window lacks them. */
  consume(subject: string, tier: string, cost: number, now: number): ConsumeResult;
  /** The windows' state without spending anything (for answers refused before the rate-limit rule). */
  peek(subject: string, tier: string, now: number): readonly RateLimitWindowState[];
  /** Windows held (ended ones are evicted as new ones open). */
  readonly size: number;
  reset(): void;
}

interface Counter {
  start: number;
  /** When the window ends; past it the counter is worth nothing and can go. */
  end: number;
  used: number;
}

/** New windows opened between two sweeps of the ended ones: keeps the sweep's cost per request constant. */
const SWEEP_EVERY = 1024;

/** Creates a limiter over the given tiers. */
export function createRateLimiter(tiers: RateLimitTiers): RateLimiter {
  const counters = new Map<string, Counter>();
  let opened = 0;
  const sweep = (now: number): void => {
    for (const [id, counter] of counters) if (counter.end <= now) counters.delete(id);
  };
  const counterOf = (subject: string, window: RateLimitWindowSpec, now: number): Counter => {
    const length = window.seconds * 1000;
    const start = Math.floor(now / length) * length;
    const id = `${subject}\u0000${window.name}`;
    let counter = counters.get(id);
    if (!counter || counter.start !== start) {
      if (++opened % SWEEP_EVERY === 0) sweep(now);
      counter = { start, end: start + length, used: 0 };
      counters.set(id, counter);
    }
    return counter;
  };
  const stateOf = (window: RateLimitWindowSpec, counter: Counter, now: number): RateLimitWindowState => ({
    name: window.name,
    limit: window.limit,
    windowSeconds: window.seconds,
    remaining: Math.max(0, window.limit - counter.used),
    resetSeconds: Math.max(0, (counter.start + window.seconds * 1000 - now) / 1000),
  });
  const windowsOf = (tier: string): readonly RateLimitWindowSpec[] => {
    const spec = tiers[tier];
    if (!spec) throw new TypeError(`Unknown rate-limit tier "${tier}".`);
    return spec.windows;
  };
  return {
    consume(subject, tier, cost, now) {
      const entries = windowsOf(tier).map((window) => ({ window, counter: counterOf(subject, window, now) }));
      const short = entries.filter(({ window, counter }) => window.limit - counter.used < cost);
      if (short.length > 0) {
        const windows = entries.map(({ window, counter }) => stateOf(window, counter, now));
        const longest = short
          .map(({ window, counter }) => ({ window, reset: stateOf(window, counter, now).resetSeconds }))
          .reduce((a, b) => (b.reset > a.reset ? b : a));
        const blocked = {
          name: longest.window.name,
          limit: longest.window.limit,
          retryAfterSeconds: Math.max(1, Math.ceil(longest.reset)),
        };
        return { ok: false, windows, blocked };
      }
      for (const entry of entries) entry.counter.used += cost;
      return { ok: true, windows: entries.map(({ window, counter }) => stateOf(window, counter, now)) };
    },
    peek(subject, tier, now) {
      return windowsOf(tier).map((window) => stateOf(window, counterOf(subject, window, now), now));
    },
    get size() {
      return counters.size;
    },
    reset: () => counters.clear(),
  };
}
