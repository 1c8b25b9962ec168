import { getOperation } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { createKeyRecord } from '../key-record.js';
import type { Caller } from '../types.js';
import { checkAllowLists } from './allow-list.js';
import { checkCredentialForm } from './credential-form.js';
import { keyStatus } from './credential-status.js';
import { checkEnvironment } from './environment.js';
import type { RuleOutcome } from './rule.js';
import { checkScope } from './scope.js';
import { checkTenantStatus } from './tenant-status.js';
import { checkVisibility } from './visibility.js';

const NOW = Date.UTC(2026, 0, 15);
const codeOf = (outcome: RuleOutcome<unknown>) => (outcome.ok ? 'pass' : outcome.refusal.code);
const key = (extra: Parameters<typeof createKeyRecord>[0] extends infer I ? Partial<I> : never = {}) =>
  createKeyRecord({ tenantId: 'ten_acme', environment: 'sandbox', bundles: ['full_access'], ...extra }, 'unit');
const callerOf = (record = key()): Caller => ({
  kind: record.kind,
  key: record,
  tenantId: record.tenantId,
  environment: record.environment,
  scopes: record.scopes,
});

describe('checkCredentialForm', () => {
  const secret = key().secret;
  it.each([
    [{ authorization: null, apiKeyHeader: null }, 'API_KEY_MISSING'],
    [{ authorization: 'Bearer ', apiKeyHeader: null }, 'API_KEY_MISSING'],
    [{ authorization: 'Bearer sa_test_short', apiKeyHeader: null }, 'API_KEY_MALFORMED'],
    [{ authorization: 'Basic dXNlcjpwYXNz', apiKeyHeader: null }, 'API_KEY_MALFORMED'],
    [{ authorization: null, apiKeyHeader: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' }, 'API_KEY_MALFORMED'],
    [{ authorization: `Bearer ${secret}`, apiKeyHeader: null }, 'pass'],
    [{ authorization: null, apiKeyHeader: secret }, 'pass'],
  ])('%j → %s', (facts, expected) => {
    expect(codeOf(checkCredentialForm(facts))).toBe(expected);
  });

  it('names the scheme the key arrived by', () => {
    const viaHeader = checkCredentialForm({ authorization: null, apiKeyHeader: secret });
    expect(viaHeader.ok && viaHeader.value.scheme).toBe('apiKeyHeader');
  });

  it('never echoes the credential', () => {
    const outcome = checkCredentialForm({ authorization: 'Bearer sa_test_secretButTooShort', apiKeyHeader: null });
    expect(JSON.stringify(outcome)).not.toContain('secretButTooShort');
  });
});

describe('keyStatus', () => {
  it.each([
    [{}, 'pass'],
    [{ revokedAt: NOW - 1 }, 'API_KEY_REVOKED'],
    [{ revokedAt: NOW + 60_000 }, 'pass'],
    [{ expiresAt: NOW }, 'API_KEY_EXPIRED'],
    [{ active: false }, 'API_KEY_INACTIVE'],
    [{ revokedAt: NOW - 1, expiresAt: NOW - 1, active: false }, 'API_KEY_REVOKED'],
    [{ expiresAt: NOW - 1, active: false }, 'API_KEY_EXPIRED'],
  ])('%j → %s', (extra, expected) => {
    expect(codeOf(keyStatus(key(extra), NOW))).toBe(expected);
  });
});

describe('checkTenantStatus / checkEnvironment', () => {
  it('refuses suspended and unknown tenants', () => {
    const tenants = new Map([['ten_acme', { id: 'ten_acme', name: 'Acme', suspended: true }]]);
    expect(codeOf(checkTenantStatus({ tenantId: 'ten_acme' }, tenants))).toBe('TENANT_SUSPENDED');
    expect(codeOf(checkTenantStatus({ tenantId: 'ten_nobody' }, tenants))).toBe('TENANT_SUSPENDED');
  });

  it('matches the caller environment to the host', () => {
    expect(codeOf(checkEnvironment({ kind: 'secret', environment: 'sandbox' }, 'sandbox'))).toBe('pass');
    expect(codeOf(checkEnvironment({ kind: 'secret', environment: 'sandbox' }, 'production'))).toBe('ENVIRONMENT_MISMATCH');
  });
});

describe('checkAllowLists', () => {
  const ipKey = callerOf(key({ allowedIps: ['203.0.113.10', '198.51.100.0/24'] }));
  it.each([
    ['203.0.113.10', 'pass'],
    ['198.51.100.77', 'pass'],
    ['::ffff:198.51.100.1', 'pass'],
    ['198.51.101.1', 'IP_NOT_ALLOWED'],
    ['127.0.0.1', 'IP_NOT_ALLOWED'],
  ])('IP %s → %s', (clientIp, expected) => {
    expect(codeOf(checkAllowLists(ipKey, { clientIp, origin: null }))).toBe(expected);
  });

  const widget = callerOf(key({ kind: 'publishable', bundles: [], allowedOrigins: ['https://shop.example'] }));
  it.each([
    ['https://shop.example', 'pass'],
    ['HTTPS://SHOP.EXAMPLE/', 'pass'],
    ['https://evil.example', 'ORIGIN_NOT_ALLOWED'],
    [null, 'ORIGIN_NOT_ALLOWED'],
  ])('origin %s → %s', (origin, expected) => {
    expect(codeOf(checkAllowLists(widget, { clientIp: '127.0.0.1', origin }))).toBe(expected);
  });
});

describe('checkVisibility', () => {
  it.each([
    ['listKbArticles', 'apiKey', 'pass'],
    ['listKbArticles', 'publishableKey', 'ENDPOINT_NOT_PUBLIC'],
    ['listApiKeys', 'apiKey', 'ENDPOINT_NOT_PUBLIC'],
    ['listApiKeys', 'session', 'pass'],
    ['getWidgetConfig', 'apiKey', 'ENDPOINT_NOT_PUBLIC'],
    ['getWidgetConfig', 'publishableKey', 'pass'],
    ['getApiKeyInfo', 'session', 'ENDPOINT_NOT_PUBLIC'],
    ['createVoiceCall', 'apiKey', 'ENDPOINT_RESERVED'],
    ['createVoiceCall', 'publishableKey', 'ENDPOINT_NOT_PUBLIC'],
  ] as const)('%s with %s → %s', (operationId, scheme, expected) => {
    expect(codeOf(checkVisibility(getOperation(operationId), scheme))).toBe(expected);
  });
});

describe('checkScope', () => {
  it('lets write imply read, and names both scope lists on refusal', () => {
    expect(codeOf(checkScope(getOperation('listKbArticles'), ['knowledge:write']))).toBe('pass');
    expect(codeOf(checkScope(getOperation('getApiKeyInfo'), []))).toBe('pass');
    const refused = checkScope(getOperation('createKbArticle'), ['knowledge:read', 'tags:read']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.refusal.extensions).toEqual({ requiredScopes: ['knowledge:write'], grantedScopes: ['knowledge:read', 'tags:read'] });
    }
  });
});
