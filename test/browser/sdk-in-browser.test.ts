/**
 * The SDK as a browser app ships it: a page bundled by esbuild with the SDK and the mock's
 * service worker, served over real HTTP on loopback, opened in Debian's Chromium. Proves the
 * widget path, the secret-key refusal, typed errors across a real fetch, and a 429 retry.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEMO_WIDGET_CHANNELS, DEMO_WIDGET_ORIGINS } from '@atender/mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { type StaticSite, serveSite } from '../support/static-site.ts';
import type { ScenarioResult } from './fixtures/page.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SHOT = path.join(ROOT, 'test-results/screenshots/sdk-in-browser.png');

/** msw's worker script, from the copy the mock depends on (the page's msw must be the same version). */
function workerScript(): string {
  const requireFromMock = createRequire(path.join(ROOT, 'packages/mock/package.json'));
  return path.join(path.dirname(requireFromMock.resolve('msw/package.json')), 'lib/mockServiceWorker.js');
}

let site: StaticSite;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const results = new Map<string, ScenarioResult>();

beforeAll(async () => {
  site = await serveSite({
    entry: path.join(FIXTURES, 'page.ts'),
    page: { title: '@atender/sdk in the browser', heading: "@atender/sdk in Chromium, answered by @atender/mock in msw's service worker" },
    files: { 'mockServiceWorker.js': workerScript() },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 480 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(() => window.__done === true, undefined, { timeout: 30_000 });
  fs.mkdirSync(path.dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT, fullPage: true });
  const found = await page.evaluate(() => ({ results: window.__results ?? [], error: window.__error }));
  expect(found.error, `page failed: ${found.error}; console: ${pageErrors.join(' | ')}`).toBeUndefined();
  for (const result of found.results) results.set(result.id, result);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The facts of one scenario; fails with what the page saw when it is missing. */
function facts(id: string): Record<string, unknown> {
  const result = results.get(id);
  expect(result, `scenario ${id} did not run; page errors: ${pageErrors.join(' | ')}`).toBeDefined();
  return result!.facts as Record<string, unknown>;
}

describe('@atender/sdk in Chromium against the mock in a service worker', () => {
  it('serves the page from an origin the demo widget key does not list', () => {
    expect(Object.values(DEMO_WIDGET_ORIGINS).flat()).not.toContain(site.origin);
    expect(facts('origin')).toMatchObject({ name: 'OriginNotAllowedError', code: 'ORIGIN_NOT_ALLOWED', status: 403 });
  });

  it('answers a widget call made with a publishable key allowed for the page origin', () => {
    expect(facts('widget')).toMatchObject({ status: 200, channelId: DEMO_WIDGET_CHANNELS.acme });
    expect(facts('widget').requestId).toMatch(/^req_/);
  });

  it('refuses a secret key without dangerouslyAllowBrowser, before any request, without showing the key', () => {
    expect(facts('secret')).toMatchObject({ name: 'ConfigurationError', isConfigurationError: true, requests: 0, leaks: false });
    expect(facts('secret').message).toMatch(/browser/);
  });

  it('rejects with an InsufficientScopeError whose class and members survive the real fetch', () => {
    expect(facts('scope')).toMatchObject({
      name: 'InsufficientScopeError',
      chain: [true, true, true, true],
      status: 403,
      code: 'INSUFFICIENT_SCOPE',
      requiredScopes: ['knowledge:write'],
      leaks: false,
    });
    expect(facts('scope').requestId).toMatch(/^req_/);
    expect(facts('scope').grantedScopes).toEqual(expect.arrayContaining(['contacts:read', 'conversations:read', 'tags:read']));
  });

  it('retries a rate-limited call after Retry-After and resolves with the data', () => {
    const retry = facts('retry');
    expect(retry.statuses).toEqual([429, 200]);
    expect(retry.retries).toEqual([expect.objectContaining({ attempt: 1, reason: 'rate-limited', status: 429, error: 'RateLimitError' })]);
    expect((retry.retries as { delayMs: number }[])[0]!.delayMs).toBeGreaterThanOrEqual(1000);
    expect(retry.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(retry.channelId).toBe(DEMO_WIDGET_CHANNELS.acme);
  });

  it('shows every scenario as passed on the page (the screenshot CI keeps)', () => {
    expect([...results.values()].filter((r) => !r.ok).map((r) => `${r.id}: ${r.got}`)).toEqual([]);
    expect(results.size).toBe(5);
    expect(fs.existsSync(SHOT)).toBe(true);
  });
});
