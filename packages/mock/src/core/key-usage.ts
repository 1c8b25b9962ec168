/**
 * What each API key did: requests and 429s per UTC day and per operation, kept for the 30 days
 * `getApiKeyUsage` reports, and when and from where the key was last used. The pipeline records
 * every request a key authenticated, once its answer is known; nothing else writes here.
 */
import type { ApiKeyOperationUsage, ApiKeyUsage } from '@atender/contract';

const DAY_MS = 86_400_000;
/** Days reported, today included. */
export const USAGE_DAYS = 30;

interface Counts {
  requests: number;
  rateLimited: number;
}

interface KeyUsageState {
  lastUsedAt: number | null;
  lastUsedIp: string | null;
  /** UTC day number → operationId → counts. */
  readonly days: Map<number, Map<string, Counts>>;
}

/** One answered request of a key. */
export interface UsageEvent {
  readonly keyId: string;
  readonly operationId: string;
  readonly status: number;
  readonly clientIp: string;
  readonly now: number;
}

/** Records and reports key usage. */
export interface KeyUsageTracker {
  record(event: UsageEvent): void;
  /** The key's usage over the 30 days ending on `now`'s UTC day. */
  usageOf(keyId: string, now: number): ApiKeyUsage;
  /** When the key was last used, if ever (for `listApiKeys`' `lastUsedAt`). */
  lastUsedAt(keyId: string): number | null;
  reset(): void;
}

const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function sorted(byOperation: Map<string, Counts>): ApiKeyOperationUsage[] {
  return [...byOperation]
    .map(([operationId, c]) => ({ operationId, requests: c.requests, rateLimited: c.rateLimited }))
    .sort((a, b) => b.requests - a.requests || a.operationId.localeCompare(b.operationId));
}

/** Creates an empty tracker. */
export function createKeyUsageTracker(): KeyUsageTracker {
  const keys = new Map<string, KeyUsageState>();
  return {
    record({ keyId, operationId, status, clientIp, now }) {
      let state = keys.get(keyId);
      if (!state) {
        state = { lastUsedAt: null, lastUsedIp: null, days: new Map() };
        keys.set(keyId, state);
      }
      if (state.lastUsedAt === null || now >= state.lastUsedAt) {
        state.lastUsedAt = now;
        state.lastUsedIp = clientIp;
      }
      const day = dayOf(now);
      // Days that can no longer be reported are dropped, so memory stays bounded per key.
      for (const old of state.days.keys()) if (old <= day - USAGE_DAYS) state.days.delete(old);
      let operations = state.days.get(day);
      if (!operations) {
        operations = new Map();
        state.days.set(day, operations);
      }
      const counts = operations.get(operationId) ?? { requests: 0, rateLimited: 0 };
      counts.requests += 1;
      if (status === 429) counts.rateLimited += 1;
      operations.set(operationId, counts);
    },
    usageOf(keyId, now) {
      const state = keys.get(keyId);
      const today = dayOf(now);
      const totals = new Map<string, Counts>();
      const days = Array.from({ length: USAGE_DAYS }, (_, i) => {
        const day = today - (USAGE_DAYS - 1) + i;
        const operations = state?.days.get(day) ?? new Map<string, Counts>();
        let requests = 0;
        let rateLimited = 0;
        for (const [operationId, c] of operations) {
          requests += c.requests;
          rateLimited += c.rateLimited;
          const total = totals.get(operationId) ?? { requests: 0, rateLimited: 0 };
          total.requests += c.requests;
          total.rateLimited += c.rateLimited;
          totals.set(operationId, total);
        }
        return { date: dateOf(day), requests, rateLimited, operations: sorted(operations) };
      });
      return {
        keyId,
        from: dateOf(today - (USAGE_DAYS - 1)),
        to: dateOf(today),
        requests: days.reduce((sum, d) => sum + d.requests, 0),
        rateLimited: days.reduce((sum, d) => sum + d.rateLimited, 0),
        lastUsedAt: state?.lastUsedAt == null ? null : new Date(state.lastUsedAt).toISOString(),
        lastUsedIp: state?.lastUsedIp ?? null,
        days,
        operations: sorted(totals),
      };
    },
    lastUsedAt: (keyId) => keys.get(keyId)?.lastUsedAt ?? null,
    reset: () => keys.clear(),
  };
}
