/** Rate limits over real requests: exact budgets under concurrency, the day window, headers, cost. */
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/index.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const T0 = Date.UTC(2026, 2, 10, 9, 30, 15); // 15 s into a minute, 9 h 30 min into a UTC day
const clock = createManualClock(T0);
const { mock } = useAtenderMock({
  clock,
  rateLimitTiers: {
    burst: {
      windows: [
        { name: 'minute', limit: 20, seconds: 60 },
        { name: 'day', limit: 1000, seconds: 86400 },
      ],
    },
    daily: {
      windows: [
        { name: 'minute', limit: 100, seconds: 60 },
        { name: 'day', limit: 5, seconds: 86400 },
      ],
    },
    costly: {
      windows: [
        { name: 'minute', limit: 15, seconds: 60 },
        { name: 'day', limit: 1000, seconds: 86400 },
      ],
    },
  },
  keys: [
    { tenantId: 'ten_acme', environment: 'sandbox', name: 'burst', tier: 'burst', bundles: ['full_access'] },
    { tenantId: 'ten_acme', environment: 'sandbox', name: 'daily', tier: 'daily', bundles: ['full_access'] },
    { tenantId: 'ten_acme', environment: 'sandbox', name: 'costly', tier: 'costly', bundles: ['full_access'] },
  ],
});
const secretOf = (name: string) => mock.keys.all().find((k) => k.name === name)?.secret as string;
const tags = (key: string) => api('GET', '/api/v1/tags', { key });

describe('rate limits', () => {
  it('under N concurrent requests with budget B left, exactly B succeed and the rest get 429', async () => {
    clock.set(T0);
    const key = secretOf('burst');
    for (let i = 0; i < 8; i++) expect((await tags(key)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 30 }, () => tags(key)));
    const ok = answers.filter((a) => a.status === 200);
    const limited = answers.filter((a) => a.status === 429);
    expect(ok).toHaveLength(12);
    expect(limited).toHaveLength(18);
    expect(ok.map((a) => Number(a.headers.get('x-ratelimit-remaining'))).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    for (const answer of limited) {
      expect(answer.headers.get('retry-after')).toBe('45');
      expect(answer.body).toMatchObject({ code: 'RATE_LIMITED', window: 'minute', limit: 20, retryAfterSeconds: 45 });
      expect(answer.headers.get('ratelimit')).toBe('"minute";r=0;t=45');
    }
    clock.advance(45_000);
    expect((await tags(key)).status).toBe(200);
  });

  it('answers window "day" with a Retry-After until the day resets', async () => {
    clock.set(T0);
    const key = secretOf('daily');
    for (let i = 0; i < 5; i++) {
      expect((await tags(key)).status).toBe(200);
      clock.advance(61_000);
    }
    const answer = await tags(key);
    const untilMidnight = Math.ceil((Date.UTC(2026, 2, 11) - clock.now()) / 1000);
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ window: 'day', limit: 5, retryAfterSeconds: untilMidnight });
    expect(Number(answer.headers.get('retry-after'))).toBe(untilMidnight);
    expect(untilMidnight).toBeGreaterThan(14 * 3600);
    clock.set(Date.UTC(2026, 2, 11, 0, 0, 1));
    expect((await tags(key)).status).toBe(200);
  });

  it('puts both windows in the headers of every answer after the key is known', async () => {
    clock.set(T0);
    const answer = await tags(mock.keys.demo.globex.sandbox.bundles.read_all.secret);
    expect(answer.headers.get('ratelimit-policy')).toBe('"minute";q=600;w=60, "day";q=50000;w=86400');
    expect(answer.headers.get('ratelimit')).toBe('"minute";r=599;t=45');
    expect(answer.headers.get('x-ratelimit-limit')).toBe('600');
    expect(answer.headers.get('x-ratelimit-reset')).toBe('45');
  });

  it("spends an operation's cost: a bulk job takes 10 units", async () => {
    clock.set(T0);
    const key = secretOf('costly');
    const body = { operation: 'close_conversations', ids: ['cnv_acmeS01'] };
    const first = await api('POST', '/api/v1/bulk/jobs', { key, body });
    expect(first.headers.get('x-ratelimit-remaining')).toBe('5');
    const second = await api('POST', '/api/v1/bulk/jobs', { key, body });
    expect(second.status).toBe(429);
    expect((await tags(key)).headers.get('x-ratelimit-remaining')).toBe('4');
  });

  it('limits each session by user, apart from keys', async () => {
    clock.set(T0);
    const jwt = await mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['tags:read'], userId: 'usr_a' });
    expect((await tags(jwt)).headers.get('x-ratelimit-remaining')).toBe('599');
    expect((await tags(jwt)).headers.get('x-ratelimit-remaining')).toBe('598');
  });
});
