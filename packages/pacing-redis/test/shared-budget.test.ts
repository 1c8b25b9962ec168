/**
 * Several workers, one key, one Redis: the budget is shared, every window of the tier and each
 * operation's cost are respected, and nothing secret reaches Redis.
 */
import type { MockServer } from '@atender/mock/node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisPacingStore, type RedisPacingStore } from '../src/index.js';
import { alignToWindow, fleetClients, startTierServer, type Tally } from './support/fleet.js';
import { type RedisServer, startRedisServer } from './support/redis-server.js';

let redis: RedisServer;
let server: MockServer;
let apiKey: string;
const stores: RedisPacingStore[] = [];
const storeFor = (keyPrefix: string) => {
  const store = createRedisPacingStore({ url: redis.url, keyPrefix, commandTimeoutMs: 2000, onWarning: (m) => console.warn(m) });
  stores.push(store);
  return store;
};

beforeAll(async () => {
  redis = await startRedisServer();
  // 20 per second and 30 per 3 seconds: the second window binds first, then the longer one.
  ({ server, apiKey } = await startTierServer([
    { name: 'second', limit: 20, seconds: 1 },
    { name: 'three', limit: 30, seconds: 3 },
  ]));
}, 30_000);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await server?.close();
  await redis?.stop();
});

/** Runs `perWorker` GETs on each of `workers` clients at once. */
async function burst(
  pacing: () => { store: RedisPacingStore } | boolean,
  workers: number,
  perWorker: number,
): Promise<Tally & { seconds: number }> {
  const tally: Tally = { answers: 0, limited: 0 };
  const clients = fleetClients(server, apiKey, Array.from({ length: workers }, pacing), tally);
  await alignToWindow(3);
  const started = performance.now();
  await Promise.all(clients.flatMap((client) => Array.from({ length: perWorker }, () => client.GET('/api/v1/auth/key'))));
  return { ...tally, seconds: (performance.now() - started) / 1000 };
}

describe('a budget shared over Redis', () => {
  it('keeps three workers on one key inside every window of the tier: 0 × 429 (private pacers collect 429s)', async () => {
    const shared = await burst(() => ({ store: storeFor('t1:') }), 3, 15);
    const separate = await burst(() => true, 3, 15);
    console.info(
      `pacing-redis: 3 workers × 15 calls, tier 20/1 s + 30/3 s: shared ${shared.limited} × 429 in ${shared.seconds.toFixed(2)} s; private ${separate.limited} × 429 in ${separate.seconds.toFixed(2)} s`,
    );
    expect(shared.answers).toBe(45);
    expect(shared.limited).toBe(0);
    expect(separate.limited).toBeGreaterThan(0);
    // 45 calls need two 3-second windows of 30 (20 + 10 in the first): the second opens at 3 s.
    expect(shared.seconds).toBeGreaterThan(2.5);
  }, 30_000);

  it('spends each operation its cost (a bulk job is 10 units)', async () => {
    const tally: Tally = { answers: 0, limited: 0, statuses: [] };
    const [a, b] = fleetClients(server, apiKey, [{ store: storeFor('t2:') }, { store: storeFor('t2:') }], tally);
    await alignToWindow(3);
    // 20 units per second: the two bulk jobs (10 each) fill one; the four GETs must wait for the next.
    const bulk = (client: typeof a) =>
      client!.POST('/api/v1/bulk/jobs', { body: { operation: 'tag_conversations', ids: ['cnv_x'], params: { tagIds: ['tag_x'] } } });
    const calls = [bulk(a), bulk(b), ...Array.from({ length: 4 }, () => a!.GET('/api/v1/auth/key'))];
    // The jobs name no real tag, so they answer 400: budget is spent before validation either way.
    const settled = await Promise.allSettled(calls);
    expect(settled.slice(2).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(tally.statuses).toHaveLength(6);
    expect(tally.limited).toBe(0);
  }, 30_000);

  it('writes nothing secret to Redis: no key or value holds the key or 8 characters of it', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      const dump: string[] = [...keys];
      for (const key of keys) {
        const type = await client.type(key);
        if (type === 'hash') dump.push(...Object.entries(await client.hgetall(key)).flat());
        else if (type === 'zset') dump.push(...(await client.zrange(key, 0, -1, 'WITHSCORES')));
        else dump.push(`${type}:${await client.dump(key)}`);
      }
      const text = dump.join('\n');
      expect(text).not.toContain(apiKey);
      const body = apiKey.slice('sa_test_'.length);
      for (let i = 0; i + 8 <= body.length; i++) expect(text).not.toContain(body.slice(i, i + 8));
      // The budget is there, under the key's public id.
      expect(keys.some((key) => /^t1:\{sa_test:[\w-]{22}\}$/.test(key))).toBe(true);
    } finally {
      client.disconnect();
    }
  });
});
