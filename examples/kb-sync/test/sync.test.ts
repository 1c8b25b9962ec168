import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MockServer } from '@atender/mock/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/report.js';
import { runKbSync } from '../src/sync.js';
import { listMarkdownFiles } from '../src/vault.js';
import { acmeSandbox, recordingClient, SAMPLE_VAULT, scratchVault, startEmptyMock } from './helpers.js';

let server: MockServer;
let vault: { dir: string; remove: () => Promise<void> };
let articleCount: number;

beforeAll(async () => {
  server = await startEmptyMock();
  articleCount = (await listMarkdownFiles(SAMPLE_VAULT)).length;
});
afterAll(() => server.close());
beforeEach(async () => {
  server.mock.reset();
  vault = await scratchVault();
});
afterEach(() => vault.remove());

describe('runKbSync against the mock', { timeout: 30_000 }, () => {
  it('ships a sample vault of at least 40 articles', () => {
    expect(articleCount).toBeGreaterThanOrEqual(40);
  });

  it('creates every article, category, subcategory and tag on the first sync', async () => {
    const { client, writes } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(exitCodeOf(summary)).toBe(0);
    expect(summary.articles).toEqual({ created: articleCount, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
    const kb = acmeSandbox(server);
    expect(kb.kbArticles.size).toBe(articleCount);
    expect(summary.categories.created).toBe(kb.kbCategories.size);
    expect(summary.subcategories.created).toBe(kb.kbSubcategories.size);
    expect(summary.tags.created).toBe(kb.kbTags.size);
    expect(writes().every((w) => w.method === 'POST')).toBe(true);
    const article = kb.kbArticles.list().find((a) => a.slug === 'wash-a-down-jacket')!;
    const category = kb.kbCategories.get(article.categoryId!)!;
    expect([article.title, article.status, category.name]).toEqual(['How to wash a down jacket', 'published', 'Product care']);
    expect(article.tagIds.map((id) => kb.kbTags.get(id)?.slug).sort()).toEqual(['care', 'clothing', 'down']);
  });

  it('makes zero writes when the folder has not changed', async () => {
    await runKbSync({ dir: vault.dir, client: recordingClient(server, 'knowledge:write').client });
    const { client, writes, requests } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(writes()).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(summary.articles).toEqual({ created: 0, updated: 0, unchanged: articleCount, deleted: 0, failed: 0 });
    expect(exitCodeOf(summary)).toBe(0);
  });

  it('sends exactly one update, with only the changed field, when one file changes', async () => {
    await runKbSync({ dir: vault.dir, client: recordingClient(server, 'knowledge:write').client });
    const file = path.join(vault.dir, 'shipping/free-shipping.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('title: When is delivery free?', 'title: When is delivery free of charge?'),
    );
    const { client, writes } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(writes()).toEqual([{ method: 'PATCH', path: expect.stringMatching(/^\/api\/v1\/kb\/articles\/.+/) }]);
    expect(summary.articles).toMatchObject({ updated: 1, unchanged: articleCount - 1 });
    expect(summary.plan?.updates[0]?.fields).toEqual(['title']);
    expect(
      acmeSandbox(server)
        .kbArticles.list()
        .find((a) => a.slug === 'free-shipping')?.title,
    ).toBe('When is delivery free of charge?');
  });

  it('deletes articles no file describes only with --prune', async () => {
    await runKbSync({ dir: vault.dir, client: recordingClient(server, 'knowledge:write').client });
    await rm(path.join(vault.dir, 'stores/gear-rental.md'));
    await rm(path.join(vault.dir, 'payments/price-match.md'));
    const plain = recordingClient(server, 'knowledge:write');
    expect((await runKbSync({ dir: vault.dir, client: plain.client })).articles.deleted).toBe(0);
    expect(plain.writes()).toEqual([]);
    const pruning = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client: pruning.client, prune: true });
    expect(summary.articles).toMatchObject({ deleted: 2, unchanged: articleCount - 2 });
    expect(pruning.writes().map((w) => w.method)).toEqual(['DELETE', 'DELETE']);
    const slugs = acmeSandbox(server)
      .kbArticles.list()
      .map((a) => a.slug);
    expect(slugs).not.toContain('gear-rental');
    expect(slugs).toHaveLength(articleCount - 2);
  });

  it('prints the plan and writes nothing with --dry-run', async () => {
    const { client, writes } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client, dryRun: true, prune: true });
    expect(writes()).toEqual([]);
    expect(summary.dryRun).toBe(true);
    expect(summary.articles.created).toBe(articleCount);
    expect(summary.plan?.creates).toHaveLength(articleCount);
    expect(acmeSandbox(server).kbArticles.size).toBe(0);
  });

  it('stops before any write, naming knowledge:write, when the key can only read', async () => {
    const { client, writes, requests } = recordingClient(server, 'knowledge:read');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(exitCodeOf(summary)).toBe(2);
    expect(summary.refused).toMatch(/lacks "knowledge:write"/);
    expect(summary.refused).toMatch(/createKbArticle/);
    expect(writes()).toEqual([]);
    expect(requests.map((r) => r.path)).toContain('/api/v1/auth/key');
    expect(acmeSandbox(server).kbArticles.size).toBe(0);
  });

  it('lists missing scopes in a dry run with a read-only key instead of refusing', async () => {
    const { client, writes } = recordingClient(server, 'knowledge:read');
    const summary = await runKbSync({ dir: vault.dir, client, dryRun: true });
    expect(summary.refused).toBeUndefined();
    expect(summary.notes.join('\n')).toMatch(/a real run would stop here[\s\S]*knowledge:write/);
    expect(writes()).toEqual([]);
  });

  it('refuses a key without knowledge:read before reading anything', async () => {
    const { client, requests } = recordingClient(server, 'contacts:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(summary.refused).toMatch(/lacks "knowledge:read"/);
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/auth/key']);
  });

  it('refuses a folder that does not exist', async () => {
    const { client, requests } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: path.join(vault.dir, 'nope'), client });
    expect(summary.refused).toMatch(/No such folder/);
    expect(requests).toEqual([]);
  });
});
