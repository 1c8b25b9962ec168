/**
 * The small full-text search behind `searchKbArticles` and `searchWorkspace`: tokenize the
 * query, count word matches in a title (weighted) and a body, and cut a snippet around the first
 * match. A word matches a query token when it starts with it, so `return` finds `returns`.
 */

/** How much a title match outweighs a body match. */
const TITLE_WEIGHT = 3;
/** Characters of context on each side of the first match in a snippet. */
const SNIPPET_CONTEXT = 60;

/** Lower-case words of `text` (letters and digits of any script). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Unique query tokens, in order. */
export function queryTokens(query: string): string[] {
  return [...new Set(tokenize(query))];
}

/** How many of `words` start with `token`. */
export function countMatches(words: readonly string[], token: string): number {
  let count = 0;
  for (const word of words) if (word.startsWith(token)) count++;
  return count;
}

// Stored records are frozen, so an edit is a new object: a field's words are computed once per
// record version. Keyed by record *and* field: an article's title and body are different texts.
const wordCache = new WeakMap<object, Map<string, string[]>>();

/** The words of one field (`field` names it) of a stored record, tokenized once per record version. */
export function recordWords<T extends object>(record: T, field: string, text: (record: T) => string): string[] {
  let fields = wordCache.get(record);
  if (fields === undefined) {
    fields = new Map();
    wordCache.set(record, fields);
  }
  let words = fields.get(field);
  if (words === undefined) {
    words = tokenize(text(record));
    fields.set(field, words);
  }
  return words;
}

/** A document's relevance to the query, 0 when nothing matches; grows with matches, below 1. */
export function scoreText(tokens: readonly string[], title: string, body: string): number {
  return scoreWords(tokens, tokenize(title), tokenize(body));
}

/** {@link scoreText} over words already tokenized. */
export function scoreWords(tokens: readonly string[], titleWords: readonly string[], bodyWords: readonly string[]): number {
  return scoreCounts(tokens, titleWords, (token) => countMatches(bodyWords, token));
}

/** {@link scoreWords} with the body's words counted by `bodyMatches` (how many start with a token), e.g. from an index. */
export function scoreCounts(tokens: readonly string[], titleWords: readonly string[], bodyMatches: (token: string) => number): number {
  let raw = 0;
  let matchedTokens = 0;
  for (const token of tokens) {
    const hits = TITLE_WEIGHT * countMatches(titleWords, token) + bodyMatches(token);
    if (hits > 0) matchedTokens++;
    raw += hits;
  }
  if (raw === 0) return 0;
  // Documents matching every token rank above those matching many times one of them.
  const coverage = matchedTokens / tokens.length;
  const saturated = raw / (raw + 4);
  return Math.round((0.6 * coverage + 0.4 * saturated) * 10_000) / 10_000;
}

/** The text a snippet is cut from: markdown marks dropped, whitespace runs as one space, trimmed. */
export function plainText(text: string): string {
  return text
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** About `2 × 60` characters of `body` around the first word matching a token, with ellipses. */
export function snippetAround(tokens: readonly string[], body: string): string {
  const text = plainText(body);
  return snippetInPlain(tokens, text, text.toLowerCase());
}

/**
 * A plain text (through {@link plainText}) a snippet is cut from, given as its lower-case form's
 * first match of some patterns and slices of the text; a long text kept in parts answers both
 * without being joined into one string per request.
 */
export interface SnippetSource {
  /** Length of the text. */
  readonly length: number;
  /** The smallest position in the lower-case text where one of `patterns` matches (`match.index` plus group 1's length), or -1. */
  firstMatch(patterns: readonly RegExp[]): number;
  slice(start: number, end: number): string;
}

/** A plain text held as one string. */
function stringSource(text: string, lower: string): SnippetSource {
  return {
    length: text.length,
    firstMatch(patterns) {
      let first = -1;
      for (const pattern of patterns) {
        const match = pattern.exec(lower);
        if (!match) continue;
        const at = match.index + (match[1] ?? '').length;
        if (first < 0 || at < first) first = at;
      }
      return first;
    },
    slice: (start, end) => text.slice(start, end),
  };
}

/** {@link snippetAround} over a body already through {@link plainText}, with its lower-case form. */
export function snippetInPlain(tokens: readonly string[], text: string, lower: string): string {
  return snippetIn(tokens, stringSource(text, lower));
}

/** {@link snippetAround} over any {@link SnippetSource}. */
export function snippetIn(tokens: readonly string[], source: SnippetSource): string {
  const first = source.firstMatch(tokens.map((token) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}`, 'u')));
  const length = source.length;
  if (first < 0) return length > 2 * SNIPPET_CONTEXT ? `${source.slice(0, 2 * SNIPPET_CONTEXT).trimEnd()}…` : source.slice(0, length);
  const start = Math.max(0, first - SNIPPET_CONTEXT);
  const end = Math.min(length, first + SNIPPET_CONTEXT);
  return `${start > 0 ? '…' : ''}${source.slice(start, end).trim()}${end < length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A scored document, for sorting best first. */
export interface Scored<T> {
  readonly item: T;
  readonly score: number;
}

/** Scores `items`, drops those without a match, sorts best first (stable for equal scores). */
export function rank<T>(items: readonly T[], tokens: readonly string[], fields: (item: T) => [title: string, body: string]): Scored<T>[] {
  return items
    .map((item) => ({ item, score: scoreText(tokens, ...fields(item)) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
}
