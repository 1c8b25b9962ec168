/**
 * `createRedisPacingStore`: one key's rate budget shared by every client, process and machine
 * that uses the same Redis. Redis holds the key's public id (never the secret) and numbers.
 */
import { randomUUID } from 'node:crypto';
import type { PacingBudget, PacingStore } from '@atender/sdk';
import { createLink } from './link.js';
import { RedisPacer } from './redis-pacer.js';

/** Options of {@link createRedisPacingStore}. */
export interface RedisPacingStoreOptions {
  /** The Redis to share the budget in, e.g. `redis://127.0.0.1:6379` (`rediss://` for TLS). */
  readonly url: string;
  /**
   * Prefix of every key the store writes.
   * @default 'atender:pacing:'
   */
  readonly keyPrefix?: string;
  /**
   * How long a granted call counts as in flight at most: a worker that dies mid-call holds its
   * share of the budget no longer than this. Keep it above the client's `timeout`.
   * @default 60000
   */
  readonly leaseMs?: number;
  /**
   * A Redis command slower than this counts as a failure: pacing falls back to this process.
   * @default 500
   */
  readonly commandTimeoutMs?: number;
  /**
   * How long the first call waits for the connection before pacing locally.
   * @default 1000
   */
  readonly connectTimeoutMs?: number;
  /**
   * While Redis is failing, how often one call checks whether it is back.
   * @default 1000
   */
  readonly recheckMs?: number;
  /** While a budget's first answer is awaited, one more call goes per this many ms. @default 2000 */
  readonly probeWaitMs?: number;
  /**
   * Receives the warning when pacing falls back to local (one per outage).
   * @default the client's warning output
   */
  readonly onWarning?: (message: string) => void;
  /** @default Date.now */
  readonly now?: () => number;
}

/** A {@link PacingStore} over Redis; `close()` ends its connection so the process can exit. */
export interface RedisPacingStore extends PacingStore {
  close(): Promise<void>;
}

/**
 * Creates the store. Connects at once, in the background; until Redis answers, and whenever it
 * fails or is slower than `commandTimeoutMs`, calls are paced in their own process (one
 * warning per outage) and never fail or hang because of Redis.
 *
 * @example
 * const store = createRedisPacingStore({ url: process.env.REDIS_URL });
 * const atender = createAtenderClient({ apiKey: process.env.ATENDER_API_KEY, pacing: { store } });
 * // …
 * await store.close();
 */
export function createRedisPacingStore(options: RedisPacingStoreOptions): RedisPacingStore {
  if (typeof options?.url !== 'string' || !/^rediss?:\/\//i.test(options.url)) {
    throw new TypeError('createRedisPacingStore needs a url starting with redis:// or rediss://.');
  }
  const now = options.now ?? Date.now;
  let budgetWarn: ((message: string) => void) | undefined;
  const link = createLink({
    url: options.url,
    commandTimeoutMs: options.commandTimeoutMs ?? 500,
    connectTimeoutMs: options.connectTimeoutMs ?? 1000,
    recheckMs: options.recheckMs ?? 1000,
    now,
    warn: (message) => (options.onWarning ?? budgetWarn ?? console.warn)(message),
  });
  const prefix = options.keyPrefix ?? 'atender:pacing:';
  const pacers = new Map<string, RedisPacer>();
  const instance = randomUUID().slice(0, 8);
  return {
    pacer(budget: PacingBudget) {
      budgetWarn ??= budget.warn;
      let pacer = pacers.get(budget.id);
      if (!pacer) {
        // One hash slot per budget ({…}), so the scripts also run on Redis Cluster.
        const base = `${prefix}{${budget.id}}`;
        pacer = new RedisPacer({
          link,
          keys: [base, `${base}:inflight`],
          leaseMs: options.leaseMs ?? 60_000,
          probeWaitMs: options.probeWaitMs ?? 2000,
          now,
          reservationPrefix: `${instance}:${pacers.size + 1}`,
        });
        pacers.set(budget.id, pacer);
      }
      return pacer;
    },
    close: () => link.close(),
  };
}
