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

  it('compares bodies by value, not by key order or spacing', () => {
    expect(canonicalJson(JSON.parse('{ "b": [1, {"d": 1, "c": 2}], "a": null }'))).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});
