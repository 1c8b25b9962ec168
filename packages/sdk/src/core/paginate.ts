/** Cursor pagination over any list operation (`limit`, `cursor` → `{ data, nextCursor }`). */
import { AbortError, ConfigurationError, PaginationLoopError } from './errors/client-errors.js';

/** Every item of every page, lazily; `.pages()` for page-level access. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** The pages themselves, with their `nextCursor` and any other page fields. */
  pages(): AsyncIterableIterator<Page>;
  /**
   * Collects the items into an array, fetching no page past the one that reaches `limit`.
   * A limit is required: an unbounded list could hold a whole tenant in memory.
   *
   * @example
   * const latest = await atender.paginate('/api/v1/contacts').toArray({ limit: 500 });
   */
  toArray(options: ToArrayOptions): Promise<Item[]>;
}

/** Options of {@link Paginator.toArray}. */
export interface ToArrayOptions {
  /** The most items to collect (a non-negative integer; `Infinity` for all of them). */
  readonly limit: number;
}

/** Fetches one page; `cursor` is `undefined` for the first. */
export type PageFetcher<Page> = (cursor: string | undefined) => Promise<Page>;

interface PageShape<Item> {
  readonly data: readonly Item[];
  readonly nextCursor?: string | null;
}

/**
 * A paginator over `fetchPage`. Nothing is fetched until iteration starts; breaking out of the
 * loop fetches no further page.
 *
 * @example
 * for await (const contact of createPaginator(fetchPage, { label: 'GET /api/v1/contacts' })) …
 */
export function createPaginator<Item, Page>(
  fetchPage: PageFetcher<Page>,
  options: {
    readonly signal?: AbortSignal | undefined;
    readonly label: { method: string; url: string };
    readonly cursor?: string | undefined;
  },
): Paginator<Item, Page> {
  async function* pages(): AsyncGenerator<Page, void, undefined> {
    let cursor = options.cursor;
    const seen = new Set<string>(cursor === undefined ? [] : [cursor]);
    for (;;) {
      // A signal that fired between pages stops the walk before another request.
      if (options.signal?.aborted) throw new AbortError(options.label);
      const page = await fetchPage(cursor);
      yield page;
      const next = (page as PageShape<Item>).nextCursor;
      if (next === null || next === undefined) return;
      // A server bug that repeats a cursor must not turn a script into an endless loop.
      if (seen.has(next)) throw new PaginationLoopError(options.label);
      seen.add(next);
      cursor = next;
    }
  }
  async function* items(): AsyncGenerator<Item, void, undefined> {
    for await (const page of pages()) yield* (page as PageShape<Item>).data;
  }
  async function toArray(toArrayOptions: ToArrayOptions): Promise<Item[]> {
    const limit = toArrayOptions?.limit;
    if (typeof limit !== 'number' || Number.isNaN(limit) || limit < 0 || (Number.isFinite(limit) && !Number.isInteger(limit))) {
      throw new ConfigurationError('toArray needs { limit }: a non-negative integer, or Infinity for every item.');
    }
    const collected: Item[] = [];
    if (limit === 0) return collected;
    // Breaking out of the loop ends the generator: no page past the limit is fetched.
    for await (const item of items()) {
      collected.push(item);
      if (collected.length >= limit) break;
    }
    return collected;
  }
  return { pages, [Symbol.asyncIterator]: items, toArray };
}
