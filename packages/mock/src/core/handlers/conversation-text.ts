/**
 * What workspace search needs of a conversation's messages — how many of its words start with a
 * query token, and the text a snippet is cut from — kept per conversation and brought up to date
 * as messages arrive, so a search costs the same however many messages the workspace holds.
 * Answers are the same as computing from every message per request: the words of each
 * non-internal message (oldest first), and their bodies joined with blank lines through
 * `plainText` — which equals the non-empty plain texts joined with one space, so the text is
 * kept as those parts (a new message appends one) and never joined into one long string.
 */
import type { ConversationMessage } from '@atender/contract';
import type { CollectionChange } from '../collection.js';
import type { EnvironmentStore } from '../store.js';
import { messagesOf } from './conversation-ops.js';
import { plainText, type SnippetSource, tokenize } from './text-search.js';

/** The searchable text of one conversation. */
export interface ConversationText {
  /** Non-internal messages in it. */
  parts: number;
  /** Length of the bodies joined with blank lines (0: no text, the snippet comes from the title). */
  rawLength: number;
  /** `createdAt` of the newest part: a message created later is appended, an earlier one rebuilds. */
  lastCreatedAt: string;
  /** The non-empty plain texts of the parts and their lower-case forms, with where each starts in the joined text. */
  readonly plains: string[];
  readonly lowers: string[];
  readonly plainStarts: number[];
  readonly lowerStarts: number[];
  /** Lengths of the joined texts. */
  plainLength: number;
  lowerLength: number;
  /** Word → occurrences, and the distinct words in code-unit order (for prefix counts). */
  readonly counts: Map<string, number>;
  readonly sorted: string[];
}

/** The first index of `sorted` whose word is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many words of the conversation start with `token`: the words with that prefix are adjacent in `sorted`. */
export function prefixCount(text: ConversationText, token: string): number {
  let count = 0;
  for (let i = lowerBound(text.sorted, token); i < text.sorted.length; i++) {
    const word = text.sorted[i] as string;
    if (!word.startsWith(token)) break;
    count += text.counts.get(word) ?? 0;
  }
  return count;
}

/** The last index of `starts` at or before `at` (0 when none is). */
function partAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The conversation's text as a snippet source: the first match is searched part by part from
 * the oldest, stopping at the first part that has one (matches in later parts are further on);
 * a slice joins only the parts it covers.
 */
export function snippetSource(text: ConversationText): SnippetSource {
  return {
    length: text.plainLength,
    firstMatch(patterns) {
      for (let i = 0; i < text.lowers.length; i++) {
        let first = -1;
        for (const pattern of patterns) {
          const match = pattern.exec(text.lowers[i] as string);
          if (!match) continue;
          const at = match.index + (match[1] ?? '').length;
          if (first < 0 || at < first) first = at;
        }
        // At a part's start `^` matches where the joined text has the joining space: the same position.
        if (first >= 0) return (text.lowerStarts[i] as number) + first;
      }
      return -1;
    },
    slice(start, end) {
      if (text.plains.length === 0 || end <= start) return '';
      const from = partAt(text.plainStarts, start);
      let to = from;
      while (to + 1 < text.plains.length && (text.plainStarts[to + 1] as number) < end) to++;
      const offset = text.plainStarts[from] as number;
      return text.plains
        .slice(from, to + 1)
        .join(' ')
        .slice(start - offset, end - offset);
    },
  };
}

function append(text: ConversationText, message: ConversationMessage): void {
  text.rawLength += (text.parts > 0 ? 2 : 0) + message.body.length;
  text.parts += 1;
  text.lastCreatedAt = message.createdAt;
  const plain = plainText(message.body);
  if (plain !== '') {
    const lower = plain.toLowerCase();
    const joined = text.plains.length > 0;
    text.plainStarts.push(joined ? text.plainLength + 1 : 0);
    text.lowerStarts.push(joined ? text.lowerLength + 1 : 0);
    text.plainLength = (text.plainStarts.at(-1) as number) + plain.length;
    text.lowerLength = (text.lowerStarts.at(-1) as number) + lower.length;
    text.plains.push(plain);
    text.lowers.push(lower);
  }
  for (const word of tokenize(message.body)) {
    const seen = text.counts.get(word);
    text.counts.set(word, (seen ?? 0) + 1);
    if (seen === undefined) text.sorted.splice(lowerBound(text.sorted, word), 0, word);
  }
}

function build(store: EnvironmentStore, conversationId: string): ConversationText {
  const text: ConversationText = {
    parts: 0,
    rawLength: 0,
    lastCreatedAt: '',
    plains: [],
    lowers: [],
    plainStarts: [],
    lowerStarts: [],
    plainLength: 0,
    lowerLength: 0,
    counts: new Map(),
    sorted: [],
  };
  for (const message of messagesOf(store, conversationId)) if (!message.internal) append(text, message);
  return text;
}

/** Conversation id → its text, per environment store; built on first search, then followed. */
const indexes = new WeakMap<EnvironmentStore, Map<string, ConversationText>>();

function follow(texts: Map<string, ConversationText>, change: CollectionChange<ConversationMessage>): void {
  if (change.kind === 'cleared') {
    texts.clear();
    return;
  }
  if (change.kind === 'removed') {
    texts.delete(change.before.conversationId);
    return;
  }
  const { before, after } = change;
  const text = texts.get(after.conversationId);
  // An edit (or an id inserted again) may reorder the messages: rebuild on the next search.
  if (before !== undefined) {
    texts.delete(before.conversationId);
    texts.delete(after.conversationId);
    return;
  }
  if (text === undefined || after.internal) return;
  // `messagesOf` orders by createdAt, stable: a message not older than the newest goes last.
  if (text.parts === 0 || after.createdAt.localeCompare(text.lastCreatedAt) >= 0) append(text, after);
  else texts.delete(after.conversationId);
}

/** The searchable text of a conversation of `store`, up to date with its messages. */
export function conversationText(store: EnvironmentStore, conversationId: string): ConversationText {
  let texts = indexes.get(store);
  if (texts === undefined) {
    const created = new Map<string, ConversationText>();
    store.messages.observe((change) => follow(created, change));
    indexes.set(store, created);
    texts = created;
  }
  let text = texts.get(conversationId);
  if (text === undefined) {
    text = build(store, conversationId);
    texts.set(conversationId, text);
  }
  return text;
}
