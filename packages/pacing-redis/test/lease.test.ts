/**
 * The store's own rules against a real Redis, driven with answers' headers directly: a crashed
 * worker's calls stop holding budget when their lease ends, and the keys expire on their own.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisPacingStore } from '../src/index.js';
import { type RedisServer, startRedisServer } from './support/redis-server.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
}, 30_000);
afterAll(async () => {
  await redis?.stop();
});

const budget = (remaining: number, resetSeconds: number) =>
  new Headers({ 'RateLimit-Policy': '"hour";q=3;w=3600', RateLimit: `"hour";r=${remaining};t=${resetSeconds}` });
const warn = () => {};

describe('leases', () => {
  it('frees the budget a crashed worker held once its lease ends', async () => {
    const crashing = createRedisPacingStore({ url: redis.url, keyPrefix: 'lease:', leaseMs: 600 });
    const survivor = createRedisPacingStore({ url: redis.url, keyPrefix: 'lease:', leaseMs: 600 });
    try {
      const dying = crashing.pacer({ id: 'sa_test:lease', warn });
      (await dying.acquire()).release(budget(3, 3000));
      // Three calls in flight, then the worker dies without answering any of them.
      await Promise.all([dying.acquire(), dying.acquire(), dying.acquire()]);
      await crashing.close();
      const pacer = survivor.pacer({ id: 'sa_test:lease', warn });
      const started = performance.now();
      let granted = false;
      const waiting = pacer.acquire().then((permit) => {
        granted = true;
        return permit;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(granted).toBe(false);
      const permit = await waiting;
      const waitedMs = performance.now() - started;
      expect(waitedMs).toBeGreaterThan(400);
      expect(waitedMs).toBeLessThan(3000);
      permit.release(budget(2, 3000));
    } finally {
      await survivor.close();
    }
  }, 20_000);

  it('sets an expiry on every key it writes', async () => {
    const store = createRedisPacingStore({ url: redis.url, keyPrefix: 'ttl:' });
    try {
      const pacer = store.pacer({ id: 'sa_test:ttl', warn });
      (await pacer.acquire()).release(budget(3, 10));
      await pacer.acquire();
      const client = new Redis(redis.url);
      const keys = await client.keys('ttl:*');
      expect(keys.length).toBe(2);
      for (const key of keys) expect(await client.pttl(key)).toBeGreaterThan(0);
      client.disconnect();
    } finally {
      await store.close();
    }
  });
});
