/**
 * Workspace search keeps each conversation's words and snippet text up to date as messages come
 * and go (conversation-text.ts) instead of rebuilding them from every message per request. The
 * answers must be exactly those of the per-request computation, written out here as the
 * reference, over random histories of inserts, edits, removals and out-of-order timestamps.
 */
import type { ConversationMessage, SearchHit, SearchHitType } from '@atender/contract';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { makeContext } from '../../../test/support/handler-context.js';
import { page } from '../collection.js';
import { createStore, type EnvironmentStore } from '../store.js';
import { messagesOf } from './conversation-ops.js';
import { conversationText } from './conversation-text.js';
import { searchWorkspace } from './search-and-bulk.js';
import { queryTokens, scoreWords, snippetAround, tokenize } from './text-search.js';

interface RefCandidate {
  readonly hit: Omit<SearchHit, 'snippet'>;
  readonly titleWords: readonly string[];
  readonly bodyWords: readonly string[];
  readonly body: () => string;
}

/** The search as it was computed before the index: every message of every conversation, per request. */
function referenceSearch(store: EnvironmentStore, q: string, types: readonly SearchHitType[], limit: number, cursor?: string) {
  const tokens = queryTokens(q);
  const candidates = types.flatMap((type): RefCandidate[] => {
    if (type === 'article') {
      return store.kbArticles.list().map((a) => ({
        hit: { type, id: a.id, title: a.title },
        titleWords: tokenize(a.title),
        bodyWords: tokenize(a.body),
        body: () => a.body,
      }));
    }
    if (type === 'contact') {
      const text = (c: { email: string | null; phone: string | null; company: string | null }) =>
        [c.email, c.phone, c.company].filter(Boolean).join(' · ');
      return store.contacts.list().map((c) => {
        const title = c.name ?? c.email ?? c.phone ?? c.id;
        return { hit: { type, id: c.id, title }, titleWords: tokenize(title), bodyWords: tokenize(text(c)), body: () => text(c) };
      });
    }
    return store.conversations.list().map((c) => {
      const messages = messagesOf(store, c.id).filter((m) => !m.internal);
      const title = c.subject ?? 'Conversation';
      return {
        hit: { type, id: c.id, title },
        titleWords: tokenize(title),
        bodyWords: messages.flatMap((m) => tokenize(m.body)),
        body: () => messages.map((m) => m.body).join('\n\n'),
      };
    });
  });
  const hits: SearchHit[] = candidates
    .map((candidate) => ({ candidate, score: scoreWords(tokens, candidate.titleWords, candidate.bodyWords) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ candidate }) => ({ ...candidate.hit, snippet: snippetAround(tokens, candidate.body() || candidate.hit.title) }));
  const result = page(hits, { limit, cursor }, (hit) => `${hit.type}:${hit.id}`);
  return result.ok ? { status: 200, body: { data: result.data, nextCursor: result.nextCursor } } : { status: 400 };
}

async function search(store: EnvironmentStore, q: string, types: readonly SearchHitType[], limit: number, cursor?: string) {
  const query = { q, types: [...types], limit, ...(cursor === undefined ? {} : { cursor }) };
  const result = await searchWorkspace(makeContext(store, 'searchWorkspace', { query }));
  return result.status === 200 ? { status: 200, body: result.body } : { status: result.status };
}

const WORDS = ['refund', 'refunds', 'ref', 'tent', 'Tent', 'order', 'İstanbul', 'ΣΟΦΟΣ', 'straße', 'a', 'x1', ''];
const SEPARATORS = [' ', '\n\n', ' **', '_', '`', '#', '> ', '  \t', '·', '[', ']', '*'];
const body = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
/** Few distinct timestamps, so ties and out-of-order inserts happen. */
const createdAt = fc.constantFrom(
  '2025-12-31T23:59:59Z',
  '2026-10-20T10:00:00Z',
  '2026-10-20T10:00:00.000Z',
  '2026-10-21T09:00:00Z',
  '2027-01-01T00:00:00Z',
);

type Step =
  | { kind: 'open'; subject: string | null }
  | { kind: 'insert'; conversation: number; body: string; internal: boolean; createdAt: string }
  | { kind: 'edit'; message: number; body: string; internal: boolean; createdAt: string; conversation: number }
  | { kind: 'remove'; message: number }
  | { kind: 'search'; q: string; types: SearchHitType[]; limit: number; next: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), subject: fc.option(body) }),
  fc.record({
    kind: fc.constant('insert' as const),
    conversation: fc.nat(),
    body,
    internal: fc.boolean(),
    createdAt,
  }),
  fc.record({ kind: fc.constant('edit' as const), message: fc.nat(), body, internal: fc.boolean(), createdAt, conversation: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), message: fc.nat() }),
  fc.record({
    kind: fc.constant('search' as const),
    q: fc.array(fc.constantFrom(...WORDS, 'REF', 'ist', 'σοφ', 'zzz'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    types: fc.subarray<SearchHitType>(['conversation', 'contact', 'article'], { minLength: 1 }),
    limit: fc.integer({ min: 1, max: 6 }),
    next: fc.boolean(),
  }),
);

describe('workspace search over a followed index', () => {
  it('answers exactly as the per-request computation, through inserts, edits, removals and resets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const mock = createStore();
        const store = mock.for('ten_acme', 'sandbox');
        const conversations = store.conversations.list().map((c) => c.id);
        for (const s of steps) {
          const messages = store.messages.list();
          if (s.kind === 'open') {
            // A conversation without messages yet: its snippet comes from the title until one has text.
            const { id: _id, ...like } = store.conversations.list()[0]!;
            conversations.push(store.conversations.insert({ ...like, subject: s.subject }).id);
          } else if (s.kind === 'insert') {
            const conversationId = conversations[s.conversation % conversations.length] as string;
            const author = { type: 'agent' as const, id: null, name: 'Agent' };
            store.messages.insert({
              conversationId,
              author,
              body: s.body,
              internal: s.internal,
              attachmentIds: [],
              createdAt: s.createdAt,
            });
          } else if (s.kind === 'edit' && messages.length > 0) {
            const target = messages[s.message % messages.length] as ConversationMessage;
            const conversationId =
              s.conversation % 4 === 0 ? (conversations[s.conversation % conversations.length] as string) : target.conversationId;
            store.messages.update(target.id, { body: s.body, internal: s.internal, createdAt: s.createdAt, conversationId });
          } else if (s.kind === 'remove' && messages.length > 0) {
            store.messages.remove((messages[s.message % messages.length] as ConversationMessage).id);
          } else if (s.kind === 'search') {
            const first = await search(store, s.q, s.types, s.limit);
            expect(first).toEqual(referenceSearch(store, s.q, s.types, s.limit));
            const cursor = (first.body as { nextCursor?: string | null } | undefined)?.nextCursor;
            if (s.next && cursor)
              expect(await search(store, s.q, s.types, s.limit, cursor)).toEqual(referenceSearch(store, s.q, s.types, s.limit, cursor));
          }
        }
        // A reset reloads the seed: the followed texts are dropped with the old messages.
        mock.reset();
        expect(await search(store, 'refund', ['conversation'], 5)).toEqual(referenceSearch(store, 'refund', ['conversation'], 5));
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('puts a message older than the newest where its time puts it, not last', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const id = store.conversations.list()[0]!.id;
    await search(store, 'order', ['conversation'], 6);
    const author = { type: 'agent' as const, id: null, name: 'Agent' };
    store.messages.insert({
      conversationId: id,
      author,
      body: 'Order early',
      internal: false,
      attachmentIds: [],
      createdAt: '2025-12-31T23:59:59Z',
    });
    const answer = await search(store, 'order', ['conversation'], 6);
    expect(answer).toEqual(referenceSearch(store, 'order', ['conversation'], 6));
    expect((answer.body as { data: SearchHit[] }).data.find((hit) => hit.id === id)?.snippet).toMatch(/^Order early My order/);
  });

  it('cuts snippets where the per-request computation does when lower-casing changes lengths (İ → i̇)', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const id = store.conversations.list()[0]!.id;
    const author = { type: 'agent' as const, id: null, name: 'Agent' };
    const add = (body: string, createdAt: string) =>
      store.messages.insert({ conversationId: id, author, body, internal: false, attachmentIds: [], createdAt });
    await search(store, 'zanzibar', ['conversation'], 5);
    add(`${'İİİİİ '.repeat(30)}end`, '2027-01-01T00:00:00Z');
    add(`${'word '.repeat(30)}zanzibar ${'more '.repeat(30)}`, '2027-01-02T00:00:00Z');
    const answer = await search(store, 'zanzibar', ['conversation'], 5);
    expect(answer).toEqual(referenceSearch(store, 'zanzibar', ['conversation'], 5));
  });

  it('finds an article by a word only its body has (title and body words are cached apart)', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const articles = store.kbArticles.list();
    const titleWords = new Set(articles.flatMap((a) => tokenize(a.title)));
    const article = articles.find((a) => tokenize(a.body).some((w) => w.length > 3 && !titleWords.has(w)));
    const word = tokenize(article?.body ?? '').find((w) => w.length > 3 && !titleWords.has(w)) ?? '';
    expect(word).not.toBe('');
    // The title's words are read first: a per-record cache then answered them for the body too.
    const result = await search(store, word, ['article'], 50);
    expect(result.body?.data.map((hit: SearchHit) => hit.id)).toContain(article?.id);
    expect(result).toEqual(referenceSearch(store, word, ['article'], 50));
  });

  it('reads no message list per search once the index is built, however many messages arrive', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const ids = store.conversations.list().map((c) => c.id);
    await search(store, 'order', ['conversation'], 5);
    const author = { type: 'agent' as const, id: null, name: 'Agent' };
    const reads = vi.spyOn(store.messages, 'listWhere');
    const scans = vi.spyOn(store.messages, 'list');
    for (let i = 0; i < 500; i++) {
      const conversationId = ids[i % ids.length] as string;
      store.messages.insert({
        conversationId,
        author,
        body: `Order ${i} refund`,
        internal: false,
        attachmentIds: [],
        createdAt: '2027-01-01T00:00:00Z',
      });
      if (i % 50 === 0) await search(store, 'refund', ['conversation'], 5);
    }
    expect(reads).not.toHaveBeenCalled();
    expect(scans).not.toHaveBeenCalled();
    expect(await search(store, 'refund', ['conversation'], 5)).toEqual(referenceSearch(store, 'refund', ['conversation'], 5));
  });

  it('follows a new message without rebuilding the conversation, and counts words by prefix', () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const id = store.conversations.list()[0]!.id;
    const before = conversationText(store, id);
    const author = { type: 'agent' as const, id: null, name: 'Agent' };
    store.messages.insert({
      conversationId: id,
      author,
      body: 'Zebra zebras **zeal**',
      internal: false,
      attachmentIds: [],
      createdAt: '2027-01-01T00:00:00Z',
    });
    const after = conversationText(store, id);
    expect(after).toBe(before);
    expect(after.plains.at(-1)).toBe('Zebra zebras zeal');
    expect(after.counts.get('zebra')).toBe(1);
    expect(after.sorted.filter((w) => w.startsWith('ze'))).toEqual(['zeal', 'zebra', 'zebras']);
  });
});
