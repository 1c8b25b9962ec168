import { describe, expect, it } from 'vitest';
import { AbortError, createAtenderClient } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { fullAccessKey, sent } = useAtenderMock();

describe('paginate', () => {
  it('walks every page and yields typed items', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { data: all } = await atender.GET('/api/v1/contacts', { params: { query: { limit: 100 } } });
    sent.length = 0;
    const emails: (string | null)[] = [];
    for await (const contact of atender.paginate('/api/v1/contacts', { params: { query: { limit: 3 } } })) emails.push(contact.email);
    expect(emails).toEqual(all.data.map((contact) => contact.email));
    expect(sent).toHaveLength(Math.ceil(all.data.length / 3) + (all.data.length % 3 === 0 ? 1 : 0));
    expect(new URL(sent[1]?.url ?? '').searchParams.get('cursor')).toBeTruthy();
  });

  it('gives page-level access and stops on nextCursor: null', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const pages = [];
    for await (const page of atender.paginate('/api/v1/kb/articles', { params: { query: { limit: 2 } } }).pages()) pages.push(page);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    expect(pages.slice(0, -1).every((page) => typeof page.nextCursor === 'string')).toBe(true);
  });

  it('collects items with toArray({ limit }), fetching no page past the limit', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { data: all } = await atender.GET('/api/v1/contacts', { params: { query: { limit: 100 } } });
    expect(all.data.length).toBeGreaterThan(5);
    sent.length = 0;
    const five = await atender.paginate('/api/v1/contacts', { params: { query: { limit: 2 } } }).toArray({ limit: 5 });
    expect(five.map((contact) => contact.id)).toEqual(all.data.slice(0, 5).map((contact) => contact.id));
    // Pages of 2: the third page holds the fifth item, and nothing after it is fetched.
    expect(sent).toHaveLength(3);
    sent.length = 0;
    const every = await atender
      .paginate('/api/v1/contacts', { params: { query: { limit: 50 } } })
      .toArray({ limit: Number.POSITIVE_INFINITY });
    expect(every).toHaveLength(all.data.length);
    expect(await atender.paginate('/api/v1/contacts').toArray({ limit: 0 })).toEqual([]);
    for (const limit of [-1, 1.5, Number.NaN, '3']) {
      await expect(atender.paginate('/api/v1/contacts').toArray({ limit } as never)).rejects.toThrow(/toArray needs \{ limit \}/);
    }
    await expect(atender.paginate('/api/v1/contacts').toArray(undefined as never)).rejects.toThrow(/toArray needs/);
  });

  it('fetches no further page after a break', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    for await (const contact of atender.paginate('/api/v1/contacts', { params: { query: { limit: 2 } } })) {
      expect(contact.id).toBeTruthy();
      break;
    }
    expect(sent).toHaveLength(1);
  });

  it('is abortable between and during pages', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const controller = new AbortController();
    const walk = async () => {
      for await (const _ of atender.paginate('/api/v1/contacts', { params: { query: { limit: 1 } }, signal: controller.signal })) {
        controller.abort();
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(AbortError);
    expect(sent).toHaveLength(1);
  });
});
