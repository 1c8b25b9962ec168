/** Idempotency-Key on POST: replay without a second write, 409 on another body, scoping and TTL. */
import { describe, expect, it } from 'vitest';
import { createManualClock, IDEMPOTENCY_TTL_MS } from '../src/index.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const clock = createManualClock(Date.UTC(2026, 2, 10, 12));
const { mock } = useAtenderMock({ clock });
const acme = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const globex = mock.keys.demo.globex.sandbox.bundles.full_access.secret;
const acmeLive = mock.keys.demo.acme.production.bundles.full_access.secret;

const createTag = (key: string, idempotencyKey: string, body: unknown, base?: string) =>
  api('POST', '/api/v1/tags', { key, body, headers: { 'Idempotency-Key': idempotencyKey }, ...(base ? { base } : {}) });
const tagNames = async (key: string, base?: string): Promise<string[]> =>
  (await api('GET', '/api/v1/tags?limit=100', { key, ...(base ? { base } : {}) })).body.data.map((t: { name: string }) => t.name);
const count = (names: string[], name: string) => names.filter((n) => n === name).length;

describe('idempotency', () => {
  it('replays the first answer for the same key and body, without a second write', async () => {
    const first = await createTag(acme, 'k-1', { name: 'Refund', color: '#E5484D' });
    const again = await createTag(acme, 'k-1', { color: '#E5484D', name: 'Refund' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(count(await tagNames(acme), 'Refund')).toBe(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_REUSED for the same key with another body or endpoint', async () => {
    await createTag(acme, 'k-2', { name: 'Idem first body' });
    const other = await createTag(acme, 'k-2', { name: 'Idem other body' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const elsewhere = await api('POST', '/api/v1/contacts', {
      key: acme,
      body: { name: 'Idem first body' },
      headers: { 'Idempotency-Key': 'k-2' },
    });
    expect(elsewhere.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(count(await tagNames(acme), 'Idem other body')).toBe(0);
  });

  it('makes concurrent retries with one key write once and all see the same answer', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => createTag(acme, 'k-3', { name: 'Concurrent' })));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    expect(count(await tagNames(acme), 'Concurrent')).toBe(1);
  });

  it('keeps keys apart per tenant and per environment', async () => {
    const base = 'https://api.atender.io';
    const answers = [await createTag(acme, 'shared', { name: 'Shared' }), await createTag(globex, 'shared', { name: 'Other' })];
    answers.push(await createTag(acmeLive, 'shared', { name: 'Live' }, base));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(count(await tagNames(globex), 'Other')).toBe(1);
    expect(count(await tagNames(acmeLive, base), 'Live')).toBe(1);
  });

  it('does not remember a request that failed validation, and forgets keys after 24 h', async () => {
    expect((await createTag(acme, 'k-4', { name: '' })).status).toBe(400);
    expect((await createTag(acme, 'k-4', { name: 'Fixed' })).status).toBe(201);
    clock.advance(IDEMPOTENCY_TTL_MS);
    // Past the TTL the same key and body run again: the tag name is taken now, so the operation itself says CONFLICT.
    const later = await createTag(acme, 'k-4', { name: 'Fixed' });
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.code).toBe('CONFLICT');
  });
});
