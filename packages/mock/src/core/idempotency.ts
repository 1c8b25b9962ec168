/**
 * Idempotency keys of POST requests, per tenant and environment, kept 24 h. The first request
 * with a key reserves it; a second one with the same fingerprint waits for the first answer and
 * replays it (no second write), one with another fingerprint is refused.
 */
import type { HandlerResult } from './types.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** What `begin` decided for a request. */
export type IdempotencyClaim =
  /** First use: run the operation, then `complete` (store the answer) or `release` (store nothing). */
  | { readonly kind: 'new'; complete(answer: HandlerResult): void; release(): void }
  /** Same key and fingerprint: the first answer, once it exists (`undefined`: the first stored nothing). */
  | { readonly kind: 'replay'; readonly answer: Promise<HandlerResult | undefined> }
  /** Same key, other fingerprint. */
  | { readonly kind: 'reused' };

interface Entry {
  readonly fingerprint: string;
  readonly createdAt: number;
  readonly answer: Promise<HandlerResult | undefined>;
}

/** The idempotency records of one mock. */
export interface IdempotencyStore {
  begin(scope: string, fingerprint: string, now: number): IdempotencyClaim;
  /** Records held (expired ones are evicted as new keys arrive). */
  readonly size: number;
  reset(): void;
}

/** Options of {@link createIdempotencyStore}. */
export interface IdempotencyStoreOptions {
  /** How long a key is remembered. @default IDEMPOTENCY_TTL_MS (24 h) */
  readonly ttlMs?: number;
  /** At most this many keys are kept; past it the oldest are forgotten first. @default 50000 */
  readonly maxEntries?: number;
}

/** Creates an empty store. */
export function createIdempotencyStore(options: IdempotencyStoreOptions = {}): IdempotencyStore {
  const ttl = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
  const maxEntries = options.maxEntries ?? 50_000;
  // Insertion order is creation order (a key is deleted before it is stored again), so the
  // expired records are always at the front: eviction stops at the first live one.
  const entries = new Map<string, Entry>();
  const evict = (now: number): void => {
    for (const [scope, entry] of entries) {
      if (now - entry.createdAt < ttl && entries.size < maxEntries) return;
      entries.delete(scope);
    }
  };
  return {
    begin(scope, fingerprint, now) {
      evict(now);
      const existing = entries.get(scope);
      if (existing && now - existing.createdAt < ttl) {
        return existing.fingerprint === fingerprint ? { kind: 'replay', answer: existing.answer } : { kind: 'reused' };
      }
      let settle!: (answer: HandlerResult | undefined) => void;
      const answer = new Promise<HandlerResult | undefined>((resolve) => {
        settle = resolve;
      });
      const entry: Entry = { fingerprint, createdAt: now, answer };
      entries.delete(scope);
      entries.set(scope, entry);
      return {
        kind: 'new',
        complete: (result) => settle(result),
        release: () => {
          // Nothing was done: forget the key so a corrected retry runs for real.
          if (entries.get(scope) === entry) entries.delete(scope);
          settle(undefined);
        },
      };
    },
    get size() {
      return entries.size;
    },
    reset: () => entries.clear(),
  };
}

/** JSON with sorted object keys, so `{"a":1,"b":2}` and `{ "b": 2, "a": 1 }` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
