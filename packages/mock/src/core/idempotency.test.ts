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

  it('evicts expired records with their stored answers: size and held characters go back to what is live', () => {
    const store = createIdempotencyStore();
    for (let i = 0; i < 200; i++) {
      const claim = store.begin(`old-${i}`, 'f', i);
      if (claim.kind === 'new') claim.complete({ status: 201, body: { id: `old-${i}`, text: 'x'.repeat(500) } });
    }
    expect(store.heldBytes).toBeGreaterThan(200 * 500);
    const live = store.begin('live', 'f', IDEMPOTENCY_TTL_MS - 1);
    if (live.kind === 'new') live.complete({ status: 201, body: { id: 'live' } });
    // Past 24 h of every old key: the next key evicts them all, and only the live record is held.
    store.begin('probe', 'f', 200 + IDEMPOTENCY_TTL_MS);
    expect(store.size).toBe(2);
    expect(store.heldBytes).toBe('live'.length + 'f'.length + JSON.stringify({ id: 'live' }).length);
  });

  it('keeps at most maxBytes of stored answers, forgetting the oldest keys first', () => {
    const store = createIdempotencyStore({ maxBytes: 10_000 });
    for (let i = 0; i < 100; i++) {
      const claim = store.begin(`k-${i}`, 'f', i);
      if (claim.kind === 'new') claim.complete({ status: 201, body: { text: 'x'.repeat(1000) } });
    }
    expect(store.heldBytes).toBeLessThanOrEqual(10_000);
    expect(store.size).toBeLessThan(10);
    expect(store.begin('k-99', 'other', 200).kind).toBe('reused');
    expect(store.begin('k-0', 'other', 200).kind).toBe('new');
  });

  it('stores an answer serialized: a replay is an equal copy the first caller can no longer change', async () => {
    const store = createIdempotencyStore();
    const first = store.begin('s', 'f', 0);
    const answer = { status: 201, body: { id: 'x', tags: ['a'] } };
    if (first.kind === 'new') first.complete(answer);
    answer.body.tags.push('changed later');
    const replay = store.begin('s', 'f', 1);
    const replayed = replay.kind === 'replay' ? await replay.answer : undefined;
    expect(replayed).toEqual({ status: 201, body: { id: 'x', tags: ['a'] } });
  });

  it('compares bodies by value, not by key order or spacing', () => {
    expect(canonicalJson(JSON.parse('{ "b": [1, {"d": 1, "c": 2}], "a": null }'))).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});
