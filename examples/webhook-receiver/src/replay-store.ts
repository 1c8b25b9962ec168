/**
 * The de-duplication store: which `webhook-id`s were accepted lately. An id is claimed when a
 * delivery verifies and released again when its handler fails, so the sender's retry (same id)
 * is processed instead of refused as a replay.
 *
 * In memory, so it protects one process; several instances behind a load balancer need a shared
 * store with an atomic "set if absent" (Redis `SET id 1 NX EX <ttl>`) behind the same interface.
 */

/** Claims and releases `webhook-id`s. */
export interface ReplayStore {
  /** Records `id`; answers `true` when it was already recorded (a replay). */
  claim(id: string): boolean;
  /** Forgets `id`, so a retry of the same delivery is accepted. */
  release(id: string): void;
  /** How many ids are held. */
  readonly size: number;
}

/** Options of {@link createReplayStore}. */
export interface ReplayStoreOptions {
  /**
   * How long an id is remembered. It must cover the whole window in which a copy could still
   * pass the timestamp check: twice the tolerance (a delivery stamped +tolerance, replayed until
   * -tolerance).
   */
  readonly ttlMs: number;
  /** The most ids held; the oldest are dropped first. @default 100_000 */
  readonly maxEntries?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/**
 * An in-memory LRU of ids with a time to live.
 *
 * @example
 * const store = createReplayStore({ ttlMs: 600_000 });
 * store.claim('msg_1'); // false: first time
 * store.claim('msg_1'); // true: a replay
 */
export function createReplayStore(options: ReplayStoreOptions): ReplayStore {
  const { ttlMs, maxEntries = 100_000, now = Date.now } = options;
  // A Map iterates in insertion order, and ids are never refreshed: the first entry is the oldest.
  const expiries = new Map<string, number>();
  const evict = (at: number) => {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt > at && expiries.size <= maxEntries) break;
      expiries.delete(id);
    }
  };
  return {
    claim(id) {
      const at = now();
      evict(at);
      const expiresAt = expiries.get(id);
      if (expiresAt !== undefined && expiresAt > at) return true;
      expiries.delete(id);
      expiries.set(id, at + ttlMs);
      evict(at);
      return false;
    },
    release(id) {
      expiries.delete(id);
    },
    get size() {
      return expiries.size;
    },
  };
}
