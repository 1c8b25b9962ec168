import { describe, expect, it } from 'vitest';
import { createIdempotencyStore, type IdempotencyStore } from '../idempotency.js';
import { checkIdempotency, type IdempotencyFacts } from './idempotency.js';

const facts = (text: string, key = 'key-1'): IdempotencyFacts => ({
  method: 'POST',
  key,
  tenantId: 'ten_acme',
  environment: 'sandbox',
  operationId: 'createKbArticle',
  path: '/api/v1/kb/articles',
  body: { kind: 'text', text, contentType: 'application/json' },
  now: 0,
});

/** A store that records the fingerprints it is given. */
function recording(): { store: IdempotencyStore; fingerprints: string[] } {
  const inner = createIdempotencyStore();
  const fingerprints: string[] = [];
  const store: IdempotencyStore = {
    begin(scope, fingerprint, now) {
      fingerprints.push(fingerprint);
      return inner.begin(scope, fingerprint, now);
    },
    get size() {
      return inner.size;
    },
    get heldBytes() {
      return inner.heldBytes;
    },
    reset: () => inner.reset(),
  };
  return { store, fingerprints };
}

describe('checkIdempotency', () => {
  it('keeps a 64-character digest of the request, not its body, for the 24 h a key lives', async () => {
    const { store, fingerprints } = recording();
    const big = JSON.stringify({ title: 'Big', body: 'x'.repeat(1024 * 1024 - 100) });
    await checkIdempotency(store, facts(big));
    expect(fingerprints[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('still tells the same request (in any key order) from another one with the same key', async () => {
    const store = createIdempotencyStore();
    const first = await checkIdempotency(store, facts('{"title":"A","body":"b"}'));
    expect(first.ok && first.value?.kind).toBe('new');
    if (first.ok && first.value?.kind === 'new') first.value.complete({ status: 201, body: { id: 'art_1' } });
    const same = await checkIdempotency(store, facts('{ "body": "b", "title": "A" }'));
    expect(same.ok && same.value?.kind).toBe('replay');
    const other = await checkIdempotency(store, facts('{"title":"A","body":"c"}'));
    expect(other.ok).toBe(false);
  });
});
