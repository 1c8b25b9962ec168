import { type MockServer, startMockServer } from '@atender/mock/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKbSync } from '../src/sync.js';
import { readVault } from '../src/vault.js';
import { acmeSandbox, recordingClient, SAMPLE_VAULT } from './helpers.js';

let server: MockServer;

beforeAll(async () => {
  // The demo seed: Acme's sandbox already has articles, categories and tags.
  server = await startMockServer({ port: 0 });
});
afterAll(() => server.close());

describe('runKbSync over an existing knowledge base', { timeout: 30_000 }, () => {
  it('updates articles with the same slug, reuses taxonomy by slug, and prunes the rest', async () => {
    const kb = acmeSandbox(server);
    const before = kb.kbArticles.list();
    const vault = await readVault(SAMPLE_VAULT);
    const fileCount = vault.articles.length;
    const vaultSlugs = new Set(vault.articles.map((a) => a.slug));
    const overlapping = before.filter((a) => vaultSlugs.has(a.slug)).length;
    const categoriesBefore = kb.kbCategories.size;
    const { client } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: SAMPLE_VAULT, client, prune: true });
    expect(overlapping).toBeGreaterThan(0);
    expect(summary.articles).toMatchObject({
      created: fileCount - overlapping,
      updated: overlapping,
      deleted: before.length - overlapping,
      failed: 0,
    });
    expect(summary.categories.unchanged).toBeGreaterThan(0);
    expect(kb.kbCategories.size).toBe(categoriesBefore + summary.categories.created);
    expect(kb.kbArticles.size).toBe(fileCount);
  });
});
