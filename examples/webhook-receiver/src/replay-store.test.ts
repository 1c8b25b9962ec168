import { describe, expect, it } from 'vitest';
import { createReplayStore } from './replay-store.js';

describe('createReplayStore', () => {
  it('reports a replay until the ttl passes, then forgets', () => {
    let now = 0;
    const store = createReplayStore({ ttlMs: 600_000, now: () => now });
    expect(store.claim('a')).toBe(false);
    now = 599_999;
    expect(store.claim('a')).toBe(true);
    now = 600_000;
    expect(store.claim('a')).toBe(false);
  });

  it('forgets a released id, so a retry is accepted', () => {
    const store = createReplayStore({ ttlMs: 1000 });
    store.claim('a');
    store.release('a');
    expect(store.claim('a')).toBe(false);
  });

  it('holds at most maxEntries ids, dropping the oldest', () => {
    const store = createReplayStore({ ttlMs: 1000, maxEntries: 2, now: () => 0 });
    for (const id of ['a', 'b', 'c']) store.claim(id);
    expect(store.size).toBe(2);
    expect(store.claim('c')).toBe(true);
    expect(store.claim('a')).toBe(false);
  });
});
