/**
 * Keys as a tenant lives with them: a key minted with `createApiKey` works at once with exactly
 * its scopes, environment and allow-list, and stops when revoked; a rotated key's previous secret
 * works until the chosen expiry and not after; `getApiKeyUsage` counts exactly the calls made.
 */
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/index.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const clock = createManualClock(Date.UTC(2026, 10, 2, 9, 0, 0));
const { mock } = useAtenderMock({
  clock,
  rateLimitTiers: { tiny: { windows: [{ name: 'minute', limit: 3, seconds: 60 }] } },
  keys: [{ tenantId: 'ten_acme', environment: 'sandbox', name: 'tiny reader', scopes: ['contacts:read'], tier: 'tiny' }],
});
const LIVE = 'https://api.atender.io';

async function session(): Promise<string> {
  return mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['full_access'], expiresInSeconds: 3600 });
}

async function mint(body: Record<string, unknown>) {
  const made = await api('POST', '/api/v1/api-keys', { key: await session(), body: { environment: 'sandbox', ...body } });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body as { id: string; secret: string; tier: string };
}

describe('a minted key', () => {
  it('works at once with exactly its scopes, environment and tier', async () => {
    const minted = await mint({ name: 'CRM sync', scopes: ['contacts:write'], bundles: [] });
    expect((await api('GET', '/api/v1/contacts?limit=1', { key: minted.secret })).status).toBe(200);
    const write = await api('POST', '/api/v1/contacts', { key: minted.secret, body: { email: 'minted@example.com' } });
    expect(write.status).toBe(201);
    const scope = await api('GET', '/api/v1/kb/articles', { key: minted.secret });
    expect([scope.status, scope.body.code, scope.body.requiredScopes]).toEqual([403, 'INSUFFICIENT_SCOPE', ['knowledge:read']]);
    const info = await api('GET', '/api/v1/auth/key', { key: minted.secret });
    expect(info.body).toMatchObject({
      id: minted.id,
      tenantId: 'ten_acme',
      environment: 'sandbox',
      scopes: ['contacts:write'],
      tier: minted.tier,
    });
    // The tier is enforced: the key's own rate-limit policy comes back.
    expect(write.headers.get('ratelimit-policy')).toContain('"minute";q=');
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret, base: LIVE })).body.code).toBe('ENVIRONMENT_MISMATCH');
    // A bundle grants its members.
    const basic = await mint({ name: 'Basic', scopes: [], bundles: ['basic'] });
    expect((await api('GET', '/api/v1/tags', { key: basic.secret })).status).toBe(200);
  });

  it('honours its IP allow-list', async () => {
    const minted = await mint({ name: 'Office only', scopes: ['contacts:read'], allowedIps: ['203.0.113.0/24'] });
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret })).body.code).toBe('IP_NOT_ALLOWED');
    const fromOffice = await api('GET', '/api/v1/contacts', { key: minted.secret, headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(fromOffice.status).toBe(200);
  });

  it('stops working when revoked, and a production key only works on production', async () => {
    const minted = await mint({ name: 'Temporary', scopes: ['contacts:read'] });
    await api('DELETE', `/api/v1/api-keys/${minted.id}`, { key: await session() });
    const revoked = await api('GET', '/api/v1/contacts', { key: minted.secret });
    expect([revoked.status, revoked.body.code]).toEqual([401, 'API_KEY_REVOKED']);
    const live = await mint({ name: 'Live', environment: 'production', scopes: ['contacts:read'] });
    expect((await api('GET', '/api/v1/contacts', { key: live.secret, base: LIVE })).status).toBe(200);
    expect((await api('GET', '/api/v1/contacts', { key: live.secret })).body.code).toBe('ENVIRONMENT_MISMATCH');
  });

  it('expires at its expiresAt', async () => {
    const minted = await mint({ name: 'Short', scopes: ['contacts:read'], expiresAt: new Date(clock.now() + 60_000).toISOString() });
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret })).status).toBe(200);
    clock.advance(60_000);
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret })).body.code).toBe('API_KEY_EXPIRED');
  });
});

describe('rotation', () => {
  it('keeps the previous secret working until the chosen expiry, and not after', async () => {
    const minted = await mint({ name: 'Rotating', scopes: ['contacts:read'] });
    const rotated = await api('POST', `/api/v1/api-keys/${minted.id}/rotate`, {
      key: await session(),
      body: { previousSecretExpiresInSeconds: 3600 },
    });
    expect(rotated.body).toMatchObject({
      keyId: minted.id,
      previousPrefix: minted.secret.slice(0, 12),
      previousSecretExpiresAt: new Date(clock.now() + 3_600_000).toISOString(),
    });
    const fresh = rotated.body.secret as string;
    expect(fresh).not.toBe(minted.secret);
    for (const secret of [minted.secret, fresh]) expect((await api('GET', '/api/v1/contacts', { key: secret })).status).toBe(200);
    clock.advance(3_599_999);
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret })).status).toBe(200);
    clock.advance(1);
    const old = await api('GET', '/api/v1/contacts', { key: minted.secret });
    expect([old.status, old.body.code]).toEqual([401, 'API_KEY_EXPIRED']);
    expect((await api('GET', '/api/v1/contacts', { key: fresh })).status).toBe(200);
    // The same key: same id, one usage record for both secrets.
    expect((await api('GET', '/api/v1/auth/key', { key: fresh })).body.id).toBe(minted.id);
  });

  it('allows at most 7 days, ends an older overlap on a second rotation, and is dashboard-only', async () => {
    const minted = await mint({ name: 'Twice', scopes: ['contacts:read'] });
    const tooLong = await api('POST', `/api/v1/api-keys/${minted.id}/rotate`, {
      key: await session(),
      body: { previousSecretExpiresInSeconds: 604_801 },
    });
    expect(tooLong.status).toBe(400);
    const first = await api('POST', `/api/v1/api-keys/${minted.id}/rotate`, { key: await session() });
    expect(first.body.previousSecretExpiresAt).toBe(new Date(clock.now() + 86_400_000).toISOString());
    const second = await api('POST', `/api/v1/api-keys/${minted.id}/rotate`, { key: await session() });
    expect((await api('GET', '/api/v1/contacts', { key: minted.secret })).body.code).toBe('API_KEY_INVALID');
    expect((await api('GET', '/api/v1/contacts', { key: first.body.secret })).status).toBe(200);
    expect((await api('GET', '/api/v1/contacts', { key: second.body.secret })).status).toBe(200);
    const byKey = await api('POST', `/api/v1/api-keys/${minted.id}/rotate`, {
      key: mock.keys.demo.acme.sandbox.bundles.full_access.secret,
    });
    expect(byKey.body.code).toBe('ENDPOINT_NOT_PUBLIC');
    expect((await api('POST', '/api/v1/api-keys/key_missing/rotate', { key: await session() })).status).toBe(404);
  });
});

describe('usage', () => {
  const tiny = () => mock.keys.all().find((k) => k.name === 'tiny reader')!;

  it('counts the calls made, per day and per operation, with 429s and the last caller', async () => {
    const key = tiny().secret;
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push((await api('GET', '/api/v1/contacts?limit=1', { key })).status);
    expect(answers).toEqual([200, 200, 200, 429]);
    clock.advance(61_000);
    answers.push((await api('GET', '/api/v1/kb/articles', { key, headers: { 'X-Forwarded-For': '198.51.100.23' } })).status);
    const usage = await api('GET', '/api/v1/auth/key/usage', { key });
    expect(usage.body).toMatchObject({
      keyId: tiny().id,
      requests: 5,
      rateLimited: 1,
      lastUsedAt: new Date(clock.now()).toISOString(),
      lastUsedIp: '198.51.100.23',
      to: '2026-11-02',
      from: '2026-10-04',
      operations: [
        { operationId: 'listContacts', requests: 4, rateLimited: 1 },
        { operationId: 'listKbArticles', requests: 1, rateLimited: 0 },
      ],
    });
    expect(usage.body.days).toHaveLength(30);
    expect(usage.body.days.at(-1)).toMatchObject({ date: '2026-11-02', requests: 5, rateLimited: 1 });
    expect(usage.body.days.slice(0, -1).every((d: { requests: number }) => d.requests === 0)).toBe(true);
    // The usage call itself counts once answered; a new day starts a new entry.
    clock.advance(24 * 3_600_000);
    const next = await api('GET', '/api/v1/auth/key/usage', { key });
    expect(next.body.requests).toBe(6);
    expect(next.body.days.at(-2)).toMatchObject({ date: '2026-11-02', requests: 6 });
    expect(next.body.days.at(-1)).toMatchObject({ date: '2026-11-03', requests: 0 });
    // 29 days on, the window starts on 11-03: the 5 calls of 11-02 have left it, the usage call of 11-03 stays.
    clock.advance(29 * 24 * 3_600_000);
    expect((await api('GET', '/api/v1/auth/key/usage', { key })).body.requests).toBe(1);
  });

  it('shows a minted key’s last use in the key list', async () => {
    const minted = await mint({ name: 'Listed', scopes: ['contacts:read'] });
    const before = await api('GET', '/api/v1/api-keys?limit=100', { key: await session() });
    expect(before.body.data.find((k: { id: string }) => k.id === minted.id).lastUsedAt).toBeNull();
    await api('GET', '/api/v1/contacts', { key: minted.secret });
    const after = await api('GET', '/api/v1/api-keys?limit=100', { key: await session() });
    expect(after.body.data.find((k: { id: string }) => k.id === minted.id).lastUsedAt).toBe(new Date(clock.now()).toISOString());
  });
});
