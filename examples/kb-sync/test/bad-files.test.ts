import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MockServer } from '@atender/mock/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/report.js';
import { runKbSync } from '../src/sync.js';
import { listMarkdownFiles } from '../src/vault.js';
import { acmeSandbox, recordingClient, scratchVault, startEmptyMock } from './helpers.js';

let server: MockServer;
let vault: { dir: string; remove: () => Promise<void> };
let goodCount: number;

const BROKEN = '---\ntitle: "Where is my parcel\nslug: where-is-my-parcel\ncategory: Orders\n---\n\nBody.\n';
const UNTITLED = '---\nslug: untitled-article\ncategory: Orders\n---\n\nNo title here.\n';

beforeAll(async () => {
  server = await startEmptyMock();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.mock.reset();
  vault = await scratchVault();
  goodCount = (await listMarkdownFiles(vault.dir)).length;
  await mkdir(path.join(vault.dir, 'drafts'));
  await writeFile(path.join(vault.dir, 'drafts/broken.md'), BROKEN);
  await writeFile(path.join(vault.dir, 'drafts/untitled.md'), UNTITLED);
  // A second file claiming an existing slug: both lose, since neither is surely the one meant.
  const original = await readFile(path.join(vault.dir, 'orders/track-your-order.md'), 'utf8');
  await writeFile(path.join(vault.dir, 'drafts/track-copy.md'), original.replace('title: Track your order', 'title: Track a parcel'));
});
afterEach(() => vault.remove());

describe('bad files', { timeout: 30_000 }, () => {
  it('are reported with file and line and skipped; everything else is synced and the exit code is 1', async () => {
    const { client } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(summary.issues.map((i) => [i.file, i.line, i.message])).toEqual([
      ['drafts/broken.md', 2, expect.stringMatching(/^broken front matter/)],
      ['drafts/track-copy.md', 3, 'duplicate slug "track-your-order" (also in orders/track-your-order.md:3)'],
      ['drafts/untitled.md', 1, 'front matter has no "title"'],
      ['orders/track-your-order.md', 3, 'duplicate slug "track-your-order" (also in drafts/track-copy.md:3)'],
    ]);
    expect(summary.articles).toMatchObject({ created: goodCount - 1, failed: 4 });
    expect(exitCodeOf(summary)).toBe(1);
    const slugs = acmeSandbox(server)
      .kbArticles.list()
      .map((a) => a.slug);
    expect(slugs).toHaveLength(goodCount - 1);
    expect(slugs).not.toContain('track-your-order');
  });

  it('stay skipped on a re-run, which writes nothing and still exits 1', async () => {
    await runKbSync({ dir: vault.dir, client: recordingClient(server, 'knowledge:write').client });
    const { client, writes } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(writes()).toEqual([]);
    expect(exitCodeOf(summary)).toBe(1);
  });

  it('never cost their article under --prune', async () => {
    const clean = await scratchVault();
    try {
      await runKbSync({ dir: clean.dir, client: recordingClient(server, 'knowledge:write').client });
    } finally {
      await clean.remove();
    }
    const { client, writes } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client, prune: true });
    // track-your-order is claimed by two files: ambiguous, so it is kept, not pruned.
    expect(summary.articles.deleted).toBe(0);
    expect(writes()).toEqual([]);
    expect(
      acmeSandbox(server)
        .kbArticles.list()
        .map((a) => a.slug),
    ).toContain('track-your-order');
  });

  it('withhold --prune when a file could not be identified at all', async () => {
    await writeFile(path.join(vault.dir, 'drafts/Notes From Call.md'), 'just some notes, no front matter\n');
    const { client } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client, prune: true });
    expect(summary.issues.find((i) => i.file === 'drafts/Notes From Call.md')).toMatchObject({
      line: 1,
      message: expect.stringMatching(/no front matter/),
    });
    expect(summary.notes.join('\n')).toMatch(/--prune deleted nothing/);
  });

  it('that the server refuses are recorded as failed writes while the batch carries on', async () => {
    // Valid front matter, but a body over the API's 200,000 characters: only the server says no.
    await writeFile(path.join(vault.dir, 'drafts/huge.md'), `---\ntitle: Huge\nslug: huge\n---\n\n${'x'.repeat(200_001)}\n`);
    const { client } = recordingClient(server, 'knowledge:write');
    const summary = await runKbSync({ dir: vault.dir, client });
    expect(summary.failures).toEqual([
      { kind: 'article', label: 'drafts/huge.md', message: expect.stringMatching(/^VALIDATION_FAILED: .*body/) },
    ]);
    expect(summary.articles).toMatchObject({ created: goodCount - 1, failed: 5 });
    expect(exitCodeOf(summary)).toBe(1);
  });
});
