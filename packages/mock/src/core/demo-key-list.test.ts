import { SCOPE_BUNDLE_NAMES, SCOPES } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { createAtenderMock } from './create-atender-mock.js';
import { listDemoKeys } from './demo-key-list.js';

const mock = createAtenderMock();
const rows = listDemoKeys(mock.keys.demo, mock.clock.now());

/** What a key answers on the host of its environment: the widget key on its endpoint, from an allowed origin. */
async function answer(row: (typeof rows)[number]): Promise<string> {
  const host = row.environment === 'sandbox' ? 'https://sandbox.atender.io' : 'https://api.atender.io';
  const widget = row.purpose === 'widget';
  const origin = /origins (\S+)/.exec(row.note)?.[1];
  const response = await mock.handle(
    new Request(`${host}${widget ? '/api/v1/widget/config' : '/api/v1/auth/key'}`, {
      headers: { Authorization: `Bearer ${row.secret}`, ...(widget && origin ? { Origin: origin } : {}) },
    }),
  );
  return response.ok ? 'ok' : ((await response.json()) as { code: string }).code;
}

describe('listDemoKeys', () => {
  it('lists every demo key the registry seeds, once', () => {
    const demoSecrets = new Set(mock.keys.all().map((k) => k.secret));
    expect(new Set(rows.map((r) => r.secret)).size).toBe(rows.length);
    for (const r of rows) expect(demoSecrets.has(r.secret), r.path).toBe(true);
    // Per tenant and environment: every bundle, every scope, the elevated tier, the widget, four failures.
    expect(rows.length).toBe(2 * 2 * (SCOPE_BUNDLE_NAMES.length + SCOPES.length + 1 + 1 + 4) + 2);
    expect(rows.filter((r) => r.purpose === 'scope' && r.tenant === 'acme' && r.environment === 'sandbox').map((r) => r.label)).toEqual([
      ...SCOPES,
    ]);
  });

  it('states what each key answers, and the mock agrees for every one of them', async () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      const got = await answer(row);
      if (got !== row.state) mismatches.push(`${row.path}: listed ${row.state}, answered ${got}`);
    }
    expect(mismatches).toEqual([]);
    expect(new Set(rows.map((r) => r.state))).toEqual(
      new Set(['ok', 'API_KEY_REVOKED', 'API_KEY_EXPIRED', 'API_KEY_INACTIVE', 'IP_NOT_ALLOWED', 'TENANT_SUSPENDED']),
    );
  });

  it('names the tier and where each key sits in mock.keys.demo', () => {
    const elevated = rows.find((r) => r.path === 'acme.production.elevated');
    expect(elevated).toMatchObject({ tier: 'elevated', purpose: 'tier', secret: mock.keys.demo.acme.production.elevated.secret });
    expect(rows.find((r) => r.path === "globex.sandbox.scopes['tags:write']")?.secret).toBe(
      mock.keys.demo.globex.sandbox.scopes['tags:write'].secret,
    );
  });
});
