import { describe, expect, it } from 'vitest';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock } = useAtenderMock();
const acme = mock.keys.demo.acme;

describe('smoke', () => {
  it('lists articles with a full_access key and reports the key', async () => {
    const list = await api('GET', '/api/v1/kb/articles?limit=2', { key: acme.sandbox.bundles.full_access.secret });
    expect(list.status).toBe(200);
    expect(list.headers.get('ratelimit-policy')).toBe('"minute";q=600;w=60, "day";q=50000;w=86400');
    const info = await api('GET', '/api/v1/auth/key', { key: acme.production.bundles.basic.secret, base: 'https://api.atender.io' });
    expect(info.body).toMatchObject({ tenantId: 'ten_acme', environment: 'production', bundles: ['basic'] });
  });
});
