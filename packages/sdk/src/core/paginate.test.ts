import { describe, expect, it } from 'vitest';
import { AtenderError } from './errors/atender-error.js';
import { PaginationLoopError } from './errors/client-errors.js';
import { createPaginator } from './paginate.js';

type Page = { data: number[]; nextCursor: string | null };
const label = { method: 'GET', url: 'https://sandbox.atender.io/api/v1/contacts' };

/** A fake list whose pages follow `cursors`: page i answers nextCursor cursors[i]. */
function pagesOf(cursors: (string | null)[]) {
  const asked: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<Page> => {
    asked.push(cursor);
    const i = asked.length - 1;
    return { data: [i], nextCursor: cursors[i] ?? null };
  };
  return { asked, fetchPage };
}

describe('createPaginator', () => {
  it('walks every page until nextCursor is null', async () => {
    const { asked, fetchPage } = pagesOf(['a', 'b', null]);
    const items: number[] = [];
    for await (const item of createPaginator<number, Page>(fetchPage, { label })) items.push(item);
    expect(items).toEqual([0, 1, 2]);
    expect(asked).toEqual([undefined, 'a', 'b']);
  });

  it('stops with a PaginationLoopError when the server repeats a cursor, after yielding what it read', async () => {
    const { asked, fetchPage } = pagesOf(['a', 'b', 'a', 'b']);
    const items: number[] = [];
    const walk = async () => {
      for await (const item of createPaginator<number, Page>(fetchPage, { label })) items.push(item);
    };
    const error = await walk().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationLoopError);
    expect(AtenderError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'PAGINATION_LOOP', method: 'GET' });
    expect(items).toEqual([0, 1, 2]);
    expect(asked).toEqual([undefined, 'a', 'b']);
  });

  it('treats a starting cursor as already seen', async () => {
    const { fetchPage } = pagesOf(['start']);
    const pages = createPaginator<number, Page>(fetchPage, { label, cursor: 'start' }).pages();
    await expect(pages.next()).resolves.toMatchObject({ done: false });
    await expect(pages.next()).rejects.toBeInstanceOf(PaginationLoopError);
  });
});
