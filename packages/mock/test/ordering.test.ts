/**
 * The pipeline's order: a request that breaks two rules answers the earlier one. One case per
 * boundary between neighbouring rules, plus the headline case of the issue.
 */
import type { ErrorCode } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { DEMO_WIDGET_ORIGINS } from '../src/index.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock } = useAtenderMock({
  rateLimitTiers: { one: { windows: [{ name: 'minute', limit: 1, seconds: 60 }] } },
  keys: [
    {
      tenantId: 'ten_umbrella',
      environment: 'sandbox',
      name: 'umbrella revoked',
      bundles: ['full_access'],
      revokedAt: Date.UTC(2025, 0, 2),
    },
    { tenantId: 'ten_acme', environment: 'sandbox', name: 'one per minute', tier: 'one', scopes: ['tags:read'] },
  ],
});
const sandbox = mock.keys.demo.acme.sandbox;
const secretOf = (name: string) => mock.keys.all().find((k) => k.name === name)?.secret as string;
const PROD = 'https://api.atender.io';

async function codeOf(method: string, path: string, options: Parameters<typeof api>[2] = {}): Promise<ErrorCode | number> {
  const answer = await api(method, path, options);
  return answer.body?.code ?? answer.status;
}

describe('rule order', () => {
  it('a revoked key on a reserved endpoint answers 401 API_KEY_REVOKED, not 403 ENDPOINT_RESERVED', async () => {
    const body = { channelId: 'chn_x', to: '+4915123456789' };
    expect(await codeOf('POST', '/api/v1/voice/calls', { key: sandbox.revoked.secret, body })).toBe('API_KEY_REVOKED');
    expect(await codeOf('POST', '/api/v1/voice/calls', { key: sandbox.bundles.full_access.secret, body })).toBe('ENDPOINT_RESERVED');
  });

  it('credential status before tenant: a revoked key of a suspended tenant is REVOKED', async () => {
    expect(await codeOf('GET', '/api/v1/tags', { key: secretOf('umbrella revoked') })).toBe('API_KEY_REVOKED');
  });

  it('tenant before environment: a suspended tenant key on the wrong host is TENANT_SUSPENDED', async () => {
    expect(await codeOf('GET', '/api/v1/tags', { key: mock.keys.demo.suspended.sandbox.secret, base: PROD })).toBe('TENANT_SUSPENDED');
  });

  it('environment before allow-lists: an IP-restricted key on the wrong host is ENVIRONMENT_MISMATCH', async () => {
    expect(await codeOf('GET', '/api/v1/tags', { key: sandbox.ipRestricted.secret, base: PROD })).toBe('ENVIRONMENT_MISMATCH');
  });

  it('allow-lists before visibility: IP and origin refusals win over dashboard and widget-only endpoints', async () => {
    expect(await codeOf('GET', '/api/v1/api-keys', { key: sandbox.ipRestricted.secret })).toBe('IP_NOT_ALLOWED');
    const evil = { Origin: 'https://evil.example' };
    expect(await codeOf('GET', '/api/v1/tags', { key: sandbox.publishable.secret, headers: evil })).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('visibility before scope: a key without the scope still hears ENDPOINT_NOT_PUBLIC / ENDPOINT_RESERVED', async () => {
    const readOnly = sandbox.scopes['knowledge:read'].secret;
    expect(await codeOf('GET', '/api/v1/api-keys', { key: readOnly })).toBe('ENDPOINT_NOT_PUBLIC');
    expect(await codeOf('GET', '/api/v1/ai/reply-suggestions?conversationId=cnv_x', { key: sandbox.scopes['tags:read'].secret })).toBe(
      'ENDPOINT_RESERVED',
    );
    const widget = { Origin: DEMO_WIDGET_ORIGINS.acme[0] as string };
    expect(await codeOf('GET', '/api/v1/kb/articles', { key: sandbox.publishable.secret, headers: widget })).toBe('ENDPOINT_NOT_PUBLIC');
  });

  it('scope before rate limit, and a refused scope spends no budget', async () => {
    const key = secretOf('one per minute');
    expect(await codeOf('GET', '/api/v1/kb/articles', { key })).toBe('INSUFFICIENT_SCOPE');
    expect(await codeOf('GET', '/api/v1/kb/articles', { key })).toBe('INSUFFICIENT_SCOPE');
    expect(await codeOf('GET', '/api/v1/tags', { key })).toBe(200);
    expect(await codeOf('GET', '/api/v1/kb/articles', { key })).toBe('INSUFFICIENT_SCOPE');
    expect(await codeOf('GET', '/api/v1/tags', { key })).toBe('RATE_LIMITED');
  });

  it('rate limit before idempotency and validation', async () => {
    const key = secretOf('one per minute');
    expect(await codeOf('GET', '/api/v1/tags', { key })).toBe(200);
    expect(await codeOf('GET', '/api/v1/tags?limit=5000', { key })).toBe('RATE_LIMITED');
  });

  it('idempotency before validation: a reused key with an invalid body is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = sandbox.bundles.full_access.secret;
    const headers = { 'Idempotency-Key': 'order-1' };
    expect(await codeOf('POST', '/api/v1/tags', { key, headers, body: { name: 'VIP' } })).toBe(201);
    expect(await codeOf('POST', '/api/v1/tags', { key, headers, body: { name: '' } })).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('validation before the operation: an invalid update of a missing article is 400, not 404', async () => {
    const key = sandbox.bundles.full_access.secret;
    expect(await codeOf('PATCH', '/api/v1/kb/articles/art_nope', { key, body: {} })).toBe('VALIDATION_FAILED');
    expect(await codeOf('PATCH', '/api/v1/kb/articles/art_nope', { key, body: { title: 'T' } })).toBe('NOT_FOUND');
  });
});
