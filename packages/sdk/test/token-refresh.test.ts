import { describe, expect, it, vi } from 'vitest';
import { type AccessTokenContext, AuthenticationError, createAtenderClient, type RetryEvent } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { mock, sent } = useAtenderMock();
const session = (expiresInSeconds: number) =>
  mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['full_access'], expiresInSeconds });
const SANDBOX = 'https://sandbox.atender.io';

describe('getAccessToken', () => {
  it('is called per request', async () => {
    const token = await session(3600);
    const getAccessToken = vi.fn(() => token);
    const atender = createAtenderClient({ getAccessToken, baseUrl: SANDBOX });
    await atender.GET('/api/v1/contacts');
    await atender.GET('/api/v1/contacts');
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${token}`);
  });

  it('TOKEN_EXPIRED triggers one refresh and one replay', async () => {
    const [expired, fresh] = [await session(-60), await session(3600)];
    const contexts: boolean[] = [];
    const retries: RetryEvent[] = [];
    const getAccessToken = vi.fn(({ forceRefresh }: AccessTokenContext) => {
      contexts.push(forceRefresh);
      return forceRefresh ? fresh : expired;
    });
    const atender = createAtenderClient({ getAccessToken, baseUrl: SANDBOX, hooks: { onRetry: (e) => void retries.push(e) } });
    const { data } = await atender.GET('/api/v1/contacts');
    expect(data.data.length).toBeGreaterThan(0);
    expect(contexts).toEqual([false, true]);
    expect(sent).toHaveLength(2);
    expect(retries.map((r) => r.reason)).toEqual(['token-expired']);
  });

  it('refreshes only once: a second TOKEN_EXPIRED is thrown', async () => {
    const expired = await session(-60);
    const getAccessToken = vi.fn(() => expired);
    const atender = createAtenderClient({ getAccessToken, baseUrl: SANDBOX });
    const error = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
  });

  it('does not refresh a static accessToken', async () => {
    const atender = createAtenderClient({ accessToken: await session(-60), baseUrl: SANDBOX });
    await expect(atender.GET('/api/v1/contacts')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(sent).toHaveLength(1);
  });
});
