import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createSessionIssuer } from './session-tokens.js';

describe('createSessionIssuer', () => {
  const clock = createManualClock(Date.UTC(2026, 0, 15));
  const issuer = createSessionIssuer({ secret: 'test-secret', clock });
  const input = { tenantId: 'ten_acme', environment: 'sandbox', scopes: ['basic'] } as const;

  it('mints tokens it verifies, with bundles expanded into scopes', async () => {
    const verified = await issuer.verify(await issuer.mint(input));
    expect(verified.ok && verified.claims).toMatchObject({
      tid: 'ten_acme',
      env: 'sandbox',
      scopes: ['contacts:read', 'conversations:read', 'tags:read'],
    });
  });

  it('says TOKEN_EXPIRED once exp has passed', async () => {
    const token = await issuer.mint({ ...input, expiresInSeconds: 60 });
    clock.advance(60_000);
    expect(await issuer.verify(token)).toMatchObject({ ok: false, code: 'TOKEN_EXPIRED' });
  });

  it('says TOKEN_INVALID for another signer, a tampered payload, or alg none', async () => {
    const other = createSessionIssuer({ secret: 'other', clock });
    const token = await other.mint(input);
    expect(await issuer.verify(token)).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    const [header, , signature] = (await issuer.mint(input)).split('.');
    const forged = btoa(JSON.stringify({ sub: 'x', tid: 'ten_globex', env: 'sandbox', scopes: [], iat: 0, exp: 9e9 })).replace(/=+$/, '');
    expect(await issuer.verify(`${header}.${forged}.${signature}`)).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    const none = btoa(JSON.stringify({ alg: 'none' })).replace(/=+$/, '');
    expect(await issuer.verify(`${none}.${forged}.`)).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });
});
