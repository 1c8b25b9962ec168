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
