/**
 * The API reference as a reader meets it: build it with `pnpm docs:build`, open every page in
 * Chromium, check that every operation and every scope is on it, and keep screenshots.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OPERATIONS, SCOPE_BUNDLE_NAMES, SCOPES } from '@atender/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'docs-site');
const SHOTS = path.join(ROOT, 'test-results/screenshots');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const built = spawnSync('pnpm', ['docs:build'], { cwd: ROOT, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const open = (file: string) => page.goto(pathToFileURL(path.join(SITE, file)).href, { waitUntil: 'load' });

const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/mock/src/generated/openapi.json'), 'utf8'));
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Redoc's address of an operation: `#/<tag>/<operationid>`. */
function operationHash(operationId: string): string {
  const op = OPERATIONS.find((o) => o.operationId === operationId)!;
  const tag: string = spec.paths[op.path][op.method].tags[0];
  return `#/${slug(tag)}/${operationId.toLowerCase()}`;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The text a reader sees (layout-aware, unlike textContent), without whitespace. */
async function renderedText(): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point of this check.
  return squash(await page.innerText('body'));
}

describe('API reference site', () => {
  it('opens every operation of the spec with its method, path and scope', async () => {
    await open('index.html');
    await page.screenshot({ path: path.join(SHOTS, 'docs-reference.png') });
    const base = pathToFileURL(path.join(SITE, 'index.html')).href;
    for (const op of OPERATIONS) {
      // Redoc renders sections lazily, so open each operation the way a reader would: by its link.
      await page.goto(`${base}${operationHash(op.operationId)}`);
      const expected = [squash(`${op.method.toUpperCase()}${op.path}`), ...(op.scope ? [op.scope] : [])];
      for (const text of expected) {
        await expect.poll(() => renderedText(), { timeout: 15_000, message: `${op.operationId}: ${text}` }).toContain(text);
      }
    }
    await page.screenshot({ path: path.join(SHOTS, 'docs-operation.png') });
  }, 300_000);

  it('lists every scope, bundle and operation in the scope matrix', async () => {
    await open('scopes.html');
    const matrixRows = await page.$$eval('tr[id^="scope-"]', (rows) => rows.map((r) => r.id.slice('scope-'.length)));
    expect(matrixRows.sort()).toEqual([...SCOPES].sort());
    const headers = await page.$$eval('thead th', (ths) => ths.map((th) => th.textContent));
    for (const bundle of SCOPE_BUNDLE_NAMES) expect(headers).toContain(bundle);
    // Each row links back to its operation in the reference.
    const back = await page.$$eval('tr[id^="op-"] a[href^="index.html#/"]', (links) => links.length);
    expect(back).toBe(OPERATIONS.length);
    const opRows = await page.$$eval('tr[id^="op-"]', (rows) => rows.map((r) => r.id.slice(3)));
    expect(opRows.sort()).toEqual(OPERATIONS.map((o) => o.operationId).sort());
    await page.screenshot({ path: path.join(SHOTS, 'docs-scope-matrix.png') });
  }, 180_000);

  it('lists every error code with its status and SDK class', async () => {
    await open('errors.html');
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((r) => r[0])).toContain('RATE_LIMITED');
    expect(rows.find((r) => r[0] === 'INSUFFICIENT_SCOPE')?.[3]).toBe('InsufficientScopeError');
    expect(rows.every((r) => /Error$/.test(r[3] ?? ''))).toBe(true);
    // Markdown's inline code is drawn as code, never as raw backticks.
    expect(rows.map((r) => r[2]).filter((text) => text?.includes('`'))).toEqual([]);
    for (const status of [400, 401, 403, 404, 409, 413, 429, 500, 503]) expect(await page.locator(`#status-${status}`).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'docs-error-codes.png'), fullPage: true });
  }, 60_000);
});
