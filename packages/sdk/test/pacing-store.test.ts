/** Pacing stores: one budget shared by several clients of one key, keyed by its public id. */
import { describe, expect, it } from 'vitest';
import { budgetIdOf } from '../src/core/pacing-store.js';
import { ConfigurationError, createAtenderClient, createMemoryPacingStore, type PacingBudget, type PacingStore } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { mock } = useAtenderMock({
  rateLimitTiers: { pair: { windows: [{ name: 'second', limit: 10, seconds: 1 }] } },
  keys: [{ tenantId: 'ten_acme', environment: 'sandbox', bundles: ['full_access'], tier: 'pair', name: 'pair-key' }],
});
const pairKey = () => {
  const record = mock.keys.all().find((key) => key.name === 'pair-key');
  if (!record) throw new Error('pair key missing');
  return record.secret;
};

/** Two clients on one key fire 15 calls each at once; returns how many answers were 429. */
async function twoClients(pacing: (i: number) => { store?: PacingStore } | boolean): Promise<number> {
  const statuses: number[] = [];
  const clients = [0, 1].map((i) =>
    createAtenderClient({ apiKey: pairKey(), pacing: pacing(i), hooks: { onResponse: (e) => void statuses.push(e.status) } }),
  );
  // Start at a window boundary so both runs see the same budget.
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
  await Promise.all(clients.flatMap((client) => Array.from({ length: 15 }, () => client.GET('/api/v1/auth/key'))));
  return statuses.filter((status) => status === 429).length;
}

describe('pacing stores', () => {
  it('two clients sharing a memory store stay inside one budget; two private pacers do not', async () => {
    const store = createMemoryPacingStore();
    const shared = await twoClients(() => ({ store }));
    const separate = await twoClients(() => true);
    expect(shared).toBe(0);
    expect(separate).toBeGreaterThan(0);
    console.info(`pacing store: 2 clients × 15 calls on 10/s: shared ${shared} × 429, separate ${separate} × 429`);
  }, 20_000);

  it('gives a store the key public id only, never the secret', async () => {
    const seen: PacingBudget[] = [];
    const inner = createMemoryPacingStore();
    const store: PacingStore = {
      pacer(budget) {
        seen.push(budget);
        return inner.pacer(budget);
      },
    };
    const apiKey = pairKey();
    await createAtenderClient({ apiKey, pacing: { store } }).GET('/api/v1/auth/key');
    expect(seen).toHaveLength(1);
    const id = seen[0]?.id ?? '';
    expect(id).toBe(await budgetIdOf(apiKey));
    expect(id).toMatch(/^sa_test:[\w-]{22}$/);
    const body = apiKey.slice('sa_test_'.length);
    for (let i = 0; i + 8 <= body.length; i++) expect(id).not.toContain(body.slice(i, i + 8));
  });

  it('derives a distinct, stable id per key', async () => {
    const a = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
    const b = pairKey();
    expect(await budgetIdOf(a)).toBe(await budgetIdOf(a));
    expect(await budgetIdOf(a)).not.toBe(await budgetIdOf(b));
  });

  it('refuses a store for a session token and a store that is not one', async () => {
    const store = createMemoryPacingStore();
    const accessToken = await mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['full_access'] });
    expect(() => createAtenderClient({ accessToken, pacing: { store } })).toThrow(ConfigurationError);
    expect(() => createAtenderClient({ apiKey: pairKey(), pacing: { store: {} as PacingStore } })).toThrow(ConfigurationError);
  });
});
