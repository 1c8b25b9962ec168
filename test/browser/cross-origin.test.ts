/**
 * The SDK in Chromium on one origin calling the mock's HTTP server on another: real CORS, real
 * preflights (the service-worker path of sdk-in-browser.test.ts skips CORS entirely). The server
 * is `startMockServer`, what `atender-mock serve` runs, with keys made for the page's origin: one
 * widget key on the standard tier and one on a tier of one call per 2 seconds, so a 429 is met
 * and retried (the retry carries `X-Retry-Count`, which a preflight must allow).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_HEADERS } from '@atender/contract';
import { DEMO_WIDGET_CHANNELS } from '@atender/mock';
import { type MockServer, startMockServer } from '@atender/mock/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { type StaticSite, serveSite } from '../support/static-site.ts';
import type { CrossOriginResult } from './fixtures/cross-origin-page.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SHOT = path.join(ROOT, 'test-results/screenshots/cross-origin.png');

let site: StaticSite;
let api: MockServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Every request the page sent to the API: method, path and headers as Chromium sent them. */
const sent: { method: string; path: string; headers: Record<string, string> }[] = [];
const results = new Map<string, CrossOriginResult>();

beforeAll(async () => {
  site = await serveSite({
    entry: path.join(FIXTURES, 'cross-origin-page.ts'),
    page: {
      title: '@atender/sdk across origins',
      heading: "@atender/sdk in Chromium, calling the mock's HTTP server on another origin (CORS for real)",
    },
  });
  api = await startMockServer({
    port: 0,
    productionPort: 0,
    mockOptions: { rateLimitTiers: { tight: { windows: [{ name: 'proof', limit: 1, seconds: 2 }] } } },
  });
  const widget = (name: string, tier?: string) =>
    api.mock.keys.add({
      tenantId: 'ten_acme',
      environment: 'sandbox',
      kind: 'publishable',
      name,
      allowedOrigins: [site.origin],
      channelId: DEMO_WIDGET_CHANNELS.acme,
      ...(tier ? { tier } : {}),
    }).secret;
  const query = new URLSearchParams({
    api: api.sandboxUrl,
    widget: widget('cross-origin widget'),
    tight: widget('cross-origin tight widget', 'tight'),
    secret: api.mock.keys.demo.acme.sandbox.bundles.full_access.secret,
    unlisted: api.mock.keys.demo.acme.sandbox.publishable.secret,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 520 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  page.on('request', (request) => {
    if (!request.url().startsWith(api.sandboxUrl)) return;
    void request.allHeaders().then((headers) => sent.push({ method: request.method(), path: new URL(request.url()).pathname, headers }));
  });
  await page.goto(`${site.origin}/?${query}`);
  await page.waitForFunction(() => window.__crossOrigin?.done === true, undefined, { timeout: 45_000 });
  fs.mkdirSync(path.dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT, fullPage: true });
  const found = await page.evaluate(() => window.__crossOrigin);
  expect(found?.error, `page failed: ${found?.error}; console: ${pageErrors.join(' | ')}`).toBeUndefined();
  for (const result of found?.results ?? []) results.set(result.id, result);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await site?.close();
});

function facts(id: string): Record<string, unknown> {
  const result = results.get(id);
  expect(result, `scenario ${id} did not run; page errors: ${pageErrors.join(' | ')}`).toBeDefined();
  expect(result?.ok, `${id}: ${result?.got}`).toBe(true);
  return result!.facts as Record<string, unknown>;
}

describe('@atender/sdk in Chromium against atender-mock serve on another origin', () => {
  it('runs the page and the API on different origins', () => {
    expect(new URL(api.sandboxUrl).origin).not.toBe(site.origin);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) expect(request.headers.origin).toBe(site.origin);
  });

  it('answers a publishable-key widget call and lets the page read X-Request-Id and RateLimit', () => {
    expect(facts('widget')).toMatchObject({ status: 200, channelId: DEMO_WIDGET_CHANNELS.acme });
    expect(facts('widget').requestId).toMatch(/^req_/);
    expect(facts('widget').rateLimit).toMatch(/r=/);
  });

  it('makes a secret-key POST with a body and an Idempotency-Key', () => {
    expect(facts('write')).toMatchObject({ status: 201, name: 'Cross-origin proof' });
    const post = sent.find((r) => r.method === 'POST' && r.path === '/api/v1/tags');
    expect(post?.headers['idempotency-key']).toBeTruthy();
    expect(post?.headers['content-type']).toMatch(/application\/json/);
  });

  it('retries a 429 after Retry-After, sending X-Retry-Count, and resolves', () => {
    const retry = facts('retry');
    expect((retry.statuses as number[]).slice(-2)).toEqual([429, 200]);
    expect(retry.retries).toEqual([expect.objectContaining({ attempt: 1, reason: 'rate-limited', status: 429 })]);
    const retried = sent.filter((r) => r.path === '/api/v1/widget/config' && r.headers['x-retry-count'] !== undefined);
    expect(retried.map((r) => r.headers['x-retry-count'])).toEqual(['1']);
  });

  it('lets a page send every header the spec lists, and read the exposed ones', () => {
    const headers = facts('headers');
    expect(headers.sent).toEqual([...CLIENT_HEADERS]);
    expect(headers.readable).toEqual(expect.arrayContaining(['X-Request-Id', 'RateLimit', 'RateLimit-Policy']));
    const request = sent.find((r) => r.path === '/api/v1/widget/conversations');
    for (const name of CLIENT_HEADERS) expect(request?.headers, name).toHaveProperty(name.toLowerCase());
  });

  it('lets a refused page read the typed refusal (ORIGIN_NOT_ALLOWED)', () => {
    expect(facts('origin')).toMatchObject({ name: 'OriginNotAllowedError', status: 403 });
  });

  it('shows every scenario as passed (the screenshot CI keeps)', () => {
    expect([...results.values()].filter((r) => !r.ok).map((r) => `${r.id}: ${r.got}`)).toEqual([]);
    expect(results.size).toBe(5);
  });
});
