/**
 * Redis unreachable, restarted or frozen: calls neither fail nor hang, pacing falls back to the
 * process with one warning per outage, and the shared budget is used again once Redis is back.
 */
import type { MockServer } from '@atender/mock/node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisPacingStore, type RedisPacingStore } from '../src/index.js';
import { fleetClients, startTierServer, type Tally } from './support/fleet.js';
import { startRedisServer } from './support/redis-server.js';

let server: MockServer;
let apiKey: string;
const stores: RedisPacingStore[] = [];

beforeAll(async () => {
  ({ server, apiKey } = await startTierServer([{ name: 'second', limit: 20, seconds: 1 }]));
}, 30_000);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await server?.close();
});

function storeWith(url: string, warnings: string[], extra: { commandTimeoutMs?: number } = {}): RedisPacingStore {
  const store = createRedisPacingStore({ url, keyPrefix: 'outage:', recheckMs: 200, onWarning: (m) => warnings.push(m), ...extra });
  stores.push(store);
  return store;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function budgetKeys(url: string): Promise<string[]> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    return await client.keys('outage:*');
  } finally {
    client.disconnect();
  }
}

describe('when Redis fails', () => {
  it('paces locally from the start when Redis is down: every call succeeds, one warning, no hang', async () => {
    const dead = await startRedisServer();
    await dead.stop();
    const warnings: string[] = [];
    const tally: Tally = { answers: 0, limited: 0 };
    const [client] = fleetClients(server, apiKey, [{ store: storeWith(dead.url, warnings) }], tally);
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 30 }, () => client!.GET('/api/v1/auth/key')));
    const seconds = (performance.now() - started) / 1000;
    expect(results).toHaveLength(30);
    // Local pacing still paces: one process on its own stays inside the budget.
    expect(tally.limited).toBe(0);
    expect(seconds).toBeLessThan(6);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/pacing locally/);
    expect(warnings[0]).not.toContain(dead.url);
  }, 30_000);

  it('survives a Redis restart in the middle of a burst and shares the budget again after it', async () => {
    const redis = await startRedisServer();
    try {
      const warnings: string[] = [];
      const tally: Tally = { answers: 0, limited: 0 };
      const clients = fleetClients(
        server,
        apiKey,
        [{ store: storeWith(redis.url, warnings) }, { store: storeWith(redis.url, warnings) }],
        tally,
      );
      const burst = Promise.all(clients.flatMap((client) => Array.from({ length: 40 }, () => client.GET('/api/v1/auth/key'))));
      await sleep(700);
      expect((await budgetKeys(redis.url)).length).toBeGreaterThan(0);
      await redis.stop();
      await sleep(800);
      await redis.start();
      const started = performance.now();
      const results = await burst;
      expect(results).toHaveLength(80);
      // Each worker warned at most once for the outage.
      expect(warnings.length).toBeGreaterThanOrEqual(1);
      expect(warnings.length).toBeLessThanOrEqual(2);
      expect(performance.now() - started).toBeLessThan(10_000);
      // Back on Redis: a new burst writes the budget into the restarted (empty) server.
      await sleep(500);
      await Promise.all(clients.map((client) => client.GET('/api/v1/auth/key')));
      expect((await budgetKeys(redis.url)).length).toBeGreaterThan(0);
      console.info(`pacing-redis: restart mid-burst: 80 calls, ${tally.limited} × 429 (retried), ${warnings.length} warning(s)`);
    } finally {
      await redis.stop();
    }
  }, 40_000);

  it('does not hang on a frozen Redis: commands time out, calls go on locally, then Redis is used again', async () => {
    const redis = await startRedisServer();
    try {
      const warnings: string[] = [];
      const tally: Tally = { answers: 0, limited: 0 };
      const [client] = fleetClients(server, apiKey, [{ store: storeWith(redis.url, warnings, { commandTimeoutMs: 300 }) }], tally);
      await client!.GET('/api/v1/auth/key');
      redis.freeze();
      const started = performance.now();
      await Promise.all(Array.from({ length: 5 }, () => client!.GET('/api/v1/auth/key')));
      const frozenSeconds = (performance.now() - started) / 1000;
      expect(frozenSeconds).toBeLessThan(3);
      expect(warnings).toHaveLength(1);
      redis.thaw();
      const client2 = new Redis(redis.url);
      await client2.flushall();
      client2.disconnect();
      // After the recheck interval a call finds Redis answering again and writes the budget there.
      await sleep(500);
      for (let i = 0; i < 3; i++) {
        await client!.GET('/api/v1/auth/key');
        await sleep(300);
      }
      expect((await budgetKeys(redis.url)).length).toBeGreaterThan(0);
    } finally {
      await redis.stop();
    }
  }, 40_000);
});
