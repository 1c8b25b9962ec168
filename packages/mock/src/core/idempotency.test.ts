import { describe, expect, it } from 'vitest';
import { canonicalJson, createIdempotencyStore, IDEMPOTENCY_TTL_MS } from './idempotency.js';

describe('createIdempotencyStore', () => {
  it('replays the first answer for the same fingerprint and refuses another', async () => {
    const store = createIdempotencyStore();
    const first = store.begin('s', 'f1', 0);
    expect(first.kind).toBe('new');
    const second = store.begin('s', 'f1', 1);
    expect(store.begin('s', 'f2', 1).kind).toBe('reused');
    if (first.kind === 'new') first.complete({ status: 201, body: { id: 'x' } });
    expect(second.kind === 'replay' && (await second.answer)).toEqual({ status: 201, body: { id: 'x' } });
  });

  it('forgets a released key and expires keys after 24 h', async () => {
    const store = createIdempotencyStore();
    const first = store.begin('s', 'f', 0);
    const waiting = store.begin('s', 'f', 0);
    if (first.kind === 'new') first.release();
    expect(waiting.kind === 'replay' && (await waiting.answer)).toBeUndefined();
    expect(store.begin('s', 'f', 0).kind).toBe('new');
    expect(store.begin('s', 'other', IDEMPOTENCY_TTL_MS).kind).toBe('new');
  });

  it('evicts expired records as new keys arrive, so memory does not grow with old keys', () => {
    const store = createIdempotencyStore();
    for (let i = 0; i < 1000; i++) store.begin(`old-${i}`, 'f', i);
    expect(store.size).toBe(1000);
    store.begin('later', 'f', 500 + IDEMPOTENCY_TTL_MS);
    // Keys 0–500 are past 24 h; 501–999 are not.
    expect(store.size).toBe(1000 - 501 + 1);
    expect(store.begin('old-700', 'other', 600 + IDEMPOTENCY_TTL_MS).kind).toBe('reused');
    expect(store.begin('old-100', 'other', 600 + IDEMPOTENCY_TTL_MS).kind).toBe('new');
  });

  it('keeps at most maxEntries keys, forgetting the oldest first', () => {
    const store = createIdempotencyStore({ maxEntries: 100 });
    for (let i = 0; i < 250; i++) store.begin(`k-${i}`, 'f', i);
    expect(store.size).toBe(100);
    expect(store.begin('k-249', 'other', 300).kind).toBe('reused');
    expect(store.begin('k-0', 'other', 300).kind).toBe('new');
  });

  it('compares bodies by value, not by key order or spacing', () => {
    expect(canonicalJson(JSON.parse('{ "b": [1, {"d": 1, "c": 2}], "a": null }'))).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});
