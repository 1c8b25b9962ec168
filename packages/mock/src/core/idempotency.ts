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

/**
 * A finished answer as kept: its body as the UTF-8 bytes of its JSON, as it was sent — compact
 * (no object graph, no string ropes) for the 24 h it is kept; a replay parses a fresh copy.
 */
interface StoredAnswer {
  readonly status: number;
  readonly headers: HandlerResult['headers'];
  readonly json: Uint8Array | undefined;
}

interface Entry {
  readonly fingerprint: string;
  readonly createdAt: number;
  /** While the first request runs: its answer to come. */
  pending: Promise<HandlerResult | undefined> | undefined;
  stored: StoredAnswer | undefined;
  /** Bytes held for it (key, fingerprint, answer), counted once the answer is stored. */
  size: number;
}

/** The idempotency records of one mock. */
export interface IdempotencyStore {
  begin(scope: string, fingerprint: string, now: number): IdempotencyClaim;
  /** Records held (expired ones are evicted as new keys arrive). */
  readonly size: number;
  /** Bytes the stored answers, keys and fingerprints take (UTF-8; a key or fingerprint counts one byte a character). */
  readonly heldBytes: number;
  reset(): void;
}

/** Options of {@link createIdempotencyStore}. */
export interface IdempotencyStoreOptions {
  /** How long a key is remembered. @default IDEMPOTENCY_TTL_MS (24 h) */
  readonly ttlMs?: number;
  /** At most this many keys are kept; past it the oldest are forgotten first. @default 50000 */
  readonly maxEntries?: number;
  /**
   * At most this many bytes of stored answers (and keys and fingerprints) are kept; past it the
   * oldest keys are forgotten first, so large answers cannot hold unbounded memory for 24 h.
   * @default 33554432 (32 MiB)
   */
  readonly maxBytes?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const revive = (stored: StoredAnswer): HandlerResult => ({
  status: stored.status,
  ...(stored.headers === undefined ? {} : { headers: stored.headers }),
  ...(stored.json === undefined ? {} : { body: JSON.parse(decoder.decode(stored.json)) as unknown }),
});

/**
 * Creates an empty store. It is bounded three ways: a key is forgotten 24 h after its first use
 * (the contract's window), and past 50,000 keys or 32 MiB of stored answers the oldest
 * are forgotten first — an in-memory mock cannot keep a day of heavy traffic as a database would.
 */
export function createIdempotencyStore(options: IdempotencyStoreOptions = {}): IdempotencyStore {
  const ttl = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
  const maxEntries = options.maxEntries ?? 50_000;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  // Insertion order is creation order (a key is deleted before it is stored again), so the
  // expired records are always at the front: eviction stops at the first live one.
  const entries = new Map<string, Entry>();
  let held = 0;
  const forget = (scope: string, entry: Entry): void => {
    entries.delete(scope);
    held -= entry.size;
  };
  const evict = (now: number, room: number): void => {
    for (const [scope, entry] of entries) {
      if (now - entry.createdAt < ttl && entries.size + room <= maxEntries && held <= maxBytes) return;
      forget(scope, entry);
    }
  };
  return {
    begin(scope, fingerprint, now) {
      evict(now, 1);
      const existing = entries.get(scope);
      if (existing && now - existing.createdAt < ttl) {
        if (existing.fingerprint !== fingerprint) return { kind: 'reused' };
        const answer = existing.pending ?? Promise.resolve(existing.stored === undefined ? undefined : revive(existing.stored));
        return { kind: 'replay', answer };
      }
      let settle!: (answer: HandlerResult | undefined) => void;
      const pending = new Promise<HandlerResult | undefined>((resolve) => {
        settle = resolve;
      });
      const entry: Entry = { fingerprint, createdAt: now, pending, stored: undefined, size: 0 };
      if (existing) forget(scope, existing);
      entries.set(scope, entry);
      return {
        kind: 'new',
        complete: (result) => {
          settle(result);
          entry.pending = undefined;
          // Forgotten meanwhile (a reset, or evicted under pressure): nothing to keep.
          if (entries.get(scope) !== entry) return;
          const json = result.body === undefined ? undefined : encoder.encode(JSON.stringify(result.body));
          entry.stored = { status: result.status, headers: result.headers, json };
          entry.size = scope.length + fingerprint.length + (json?.byteLength ?? 0);
          held += entry.size;
          evict(now, 0);
        },
        release: () => {
          // Nothing was done: forget the key so a corrected retry runs for real.
          if (entries.get(scope) === entry) forget(scope, entry);
          settle(undefined);
        },
      };
    },
    get size() {
      return entries.size;
    },
    get heldBytes() {
      return held;
    },
    reset: () => {
      entries.clear();
      held = 0;
    },
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
