import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, createAtenderClient } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { mock, demo, fullAccessKey, sent } = useAtenderMock();
const LIVE_KEY = `sa_live_${'A1b2C3d4'.repeat(5)}`;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function refusal(make: () => unknown): ConfigurationError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

function expectNoKey(error: Error, key: string): void {
  for (const text of [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(8, 24));
  }
}

describe('credentials', () => {
  it('picks the sandbox host for a sa_test_ key and production for sa_live_', async () => {
    await createAtenderClient({ apiKey: fullAccessKey }).GET('/api/v1/auth/key');
    expect(new URL(sent[0]?.url ?? '').host).toBe('sandbox.atender.io');
    const live = mock.keys.demo.acme.production.bundles.full_access.secret;
    await createAtenderClient({ apiKey: live }).GET('/api/v1/auth/key');
    expect(new URL(sent[1]?.url ?? '').host).toBe('api.atender.io');
  });

  it('reads ATENDER_API_KEY when no credential is given', async () => {
    vi.stubEnv('ATENDER_API_KEY', fullAccessKey);
    const { data } = await createAtenderClient().GET('/api/v1/auth/key');
    expect(data.environment).toBe('sandbox');
  });

  it('refuses a malformed key, naming the problem without the key', () => {
    const bad = `sa_live_${'x'.repeat(10)}!!`;
    const error = refusal(() => createAtenderClient({ apiKey: bad }));
    expect(error.message).toMatch(/apiKey is not usable.*32 or more/);
    expectNoKey(error, bad);
  });

  it("refuses a key for the other environment's host", () => {
    const error = refusal(() => createAtenderClient({ apiKey: fullAccessKey, baseUrl: 'https://api.atender.io' }));
    expect(error.message).toContain('ENVIRONMENT_MISMATCH');
    expectNoKey(error, fullAccessKey);
  });

  it('accepts a baseUrl it cannot judge (a local sandbox)', () => {
    expect(() => createAtenderClient({ apiKey: LIVE_KEY, baseUrl: 'http://localhost:4010' })).not.toThrow();
  });

  it('refuses a secret key in a browser unless dangerouslyAllowBrowser', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    vi.stubGlobal('navigator', {});
    const error = refusal(() => createAtenderClient({ apiKey: LIVE_KEY }));
    expect(error.message).toContain('browser');
    expectNoKey(error, LIVE_KEY);
    expect(() => createAtenderClient({ apiKey: LIVE_KEY, dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createAtenderClient({ publishableKey: demo.publishable.secret })).not.toThrow();
  });

  it('refuses a publishable key passed as apiKey, two credentials, and none', () => {
    vi.stubEnv('ATENDER_API_KEY', '');
    expect(refusal(() => createAtenderClient({ apiKey: demo.publishable.secret })).message).toContain('publishableKey');
    expect(refusal(() => createAtenderClient({ apiKey: LIVE_KEY, accessToken: 'x' })).message).toContain('exactly one');
    expect(refusal(() => createAtenderClient({})).message).toContain('ATENDER_API_KEY');
  });

  it('refuses unknown scopes and bad numbers', () => {
    expect(() => createAtenderClient({ apiKey: LIVE_KEY, scopes: ['knowledge:wirte' as never] })).toThrow(ConfigurationError);
    expect(() => createAtenderClient({ apiKey: LIVE_KEY, maxRetries: -1 })).toThrow(ConfigurationError);
  });

  it('makes no request for any refusal', () => {
    expect(sent).toHaveLength(0);
  });
});
