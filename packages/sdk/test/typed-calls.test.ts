import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  createAtenderClient,
  EndpointNotPublicError,
  IdempotencyKeyReusedError,
  InsufficientScopeError,
  isAtenderError,
  NotFoundError,
  ValidationError,
} from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { mock, demo, fullAccessKey, sent } = useAtenderMock();

describe('typed calls against the mock', () => {
  it('resolves with typed data and the response', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { data, response } = await atender.GET('/api/v1/contacts', { params: { query: { limit: 2 } } });
    expect(response.status).toBe(200);
    expect(data.data).toHaveLength(2);
    expect(data.data[0]?.id).toMatch(/^con_/);
    expect(sent[0]?.url).toMatch(/^https:\/\/sandbox\.atender\.io\//);
  });

  it('creates, reads, updates and deletes', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { data: created } = await atender.POST('/api/v1/contacts', { body: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    const contactId = created.id;
    const { data: read } = await atender.GET('/api/v1/contacts/{contactId}', { params: { path: { contactId } } });
    expect(read.email).toBe('ada@example.com');
    const { data: updated } = await atender.PATCH('/api/v1/contacts/{contactId}', {
      params: { path: { contactId } },
      body: { company: 'Analytical Engines' },
    });
    expect(updated.company).toBe('Analytical Engines');
    const { response } = await atender.DELETE('/api/v1/contacts/{contactId}', { params: { path: { contactId } } });
    expect(response.ok).toBe(true);
  });

  it('sends the key as X-API-Key when asked', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey, authHeader: 'x-api-key' });
    await atender.GET('/api/v1/auth/key');
    expect(sent[0]?.headers.get('x-api-key')).toBe(fullAccessKey);
    expect(sent[0]?.headers.has('authorization')).toBe(false);
  });
});

describe('every failure rejects with its class', () => {
  it('401 → AuthenticationError with the code', async () => {
    const atender = createAtenderClient({ apiKey: demo.revoked.secret });
    const error = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'API_KEY_REVOKED' });
    expect((error as AuthenticationError).requestId).toMatch(/^req_/);
  });

  it('403 INSUFFICIENT_SCOPE → InsufficientScopeError with the scopes', async () => {
    const atender = createAtenderClient({ apiKey: demo.scopes['contacts:read'].secret });
    const error = await atender.POST('/api/v1/contacts', { body: { name: 'X', email: 'x@example.com' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toMatchObject({ requiredScopes: ['contacts:write'], grantedScopes: ['contacts:read'] });
  });

  it('403 ENDPOINT_NOT_PUBLIC → EndpointNotPublicError', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    await expect(atender.GET('/api/v1/api-keys')).rejects.toBeInstanceOf(EndpointNotPublicError);
  });

  it('404 → NotFoundError', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const call = atender.GET('/api/v1/contacts/{contactId}', { params: { path: { contactId: 'con_missing' } } });
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
  });

  it('409 CONFLICT and IDEMPOTENCY_KEY_REUSED → ConflictError and its subclass', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const body = { name: 'Grace', email: 'grace@example.com' };
    await atender.POST('/api/v1/contacts', { body });
    await expect(atender.POST('/api/v1/contacts', { body })).rejects.toBeInstanceOf(ConflictError);
    await atender.POST('/api/v1/contacts', { body: { name: 'A', email: 'a1@example.com' }, idempotencyKey: 'idem-1' });
    const reused = atender.POST('/api/v1/contacts', { body: { name: 'B', email: 'b1@example.com' }, idempotencyKey: 'idem-1' });
    await expect(reused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it('400 → ValidationError with field errors', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const error = await atender.POST('/api/v1/contacts', { body: { name: '', email: 'not-an-email' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.length).toBeGreaterThan(0);
  });

  it('is discriminable by code', async () => {
    const atender = createAtenderClient({ apiKey: demo.expired.secret });
    const error: unknown = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    if (!isAtenderError(error)) throw new Error('expected an SDK error');
    expect(error.code === 'API_KEY_EXPIRED' && error.status).toBe(401);
  });
});

describe('publishable keys', () => {
  it('reach the widget endpoints', async () => {
    const atender = createAtenderClient({
      publishableKey: demo.publishable.secret,
      headers: { Origin: 'https://help.acme-outdoor.example' },
    });
    const { data } = await atender.GET('/api/v1/widget/config');
    expect(data).toBeDefined();
  });

  it('are refused on any other endpoint before a request is made', async () => {
    const atender = createAtenderClient({ publishableKey: demo.publishable.secret });
    await expect(atender.GET('/api/v1/contacts')).rejects.toBeInstanceOf(ConfigurationError);
    expect(sent).toHaveLength(0);
    expect(mock).toBeDefined();
  });
});
