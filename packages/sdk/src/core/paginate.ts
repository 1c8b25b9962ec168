/** Cursor pagination over any list operation (`limit`, `cursor` → `{ data, nextCursor }`). */
import { AbortError, PaginationLoopError } from './errors/client-errors.js';

/** Every item of every page, lazily; `.pages()` for page-level access. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** The pages themselves, with their `nextCursor` and any other page fields. */
  pages(): AsyncIterableIterator<Page>;
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
  return { pages, [Symbol.asyncIterator]: items };
}
