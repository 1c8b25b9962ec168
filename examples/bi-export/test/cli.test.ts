import { readdir } from 'node:fs/promises';
import type { MockServer } from '@atender/mock/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { scratchDir, startMock } from './helpers.js';

let server: MockServer;
let out: { dir: string; remove: () => Promise<void> };
let stdout: string[];
let stderr: string[];

beforeAll(async () => {
  server = await startMock();
});
afterAll(() => server.close());
beforeEach(async () => {
  out = await scratchDir();
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  vi.stubEnv('ATENDER_BASE_URL', server.sandboxUrl);
  vi.stubEnv('ATENDER_API_KEY', server.mock.keys.demo.acme.sandbox.bundles.analytics_only.secret);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await out.remove();
});

const run = (...args: string[]) => main(['--out', out.dir, ...args]);

describe('bi-export CLI', { timeout: 20_000 }, () => {
  it('exports and prints what it wrote (exit 0)', async () => {
    expect(await run('--from', '2026-09-01', '--to', '2026-09-30', '--interval', 'week')).toBe(0);
    expect(stdout.join('')).toMatch(/^Exported 2026-09-01 … 2026-09-30 \(30 days, per week\) with key "acme sandbox analytics_only"/);
    expect(stdout.join('')).toMatch(/conversation volume {2}5 buckets, \d+ created, \d+ closed/);
    expect((await readdir(out.dir)).length).toBe(5);
  });

  it('without a key, starts the mock with demo traffic and exports the last 30 days', async () => {
    vi.stubEnv('ATENDER_API_KEY', '');
    vi.stubEnv('ATENDER_BASE_URL', '');
    expect(await run()).toBe(0);
    expect(stderr.join('')).toMatch(/reading from the @atender\/mock sandbox .* plus \d+ synthetic demo conversations/);
    expect(stdout.join('')).toMatch(/\(30 days, per day\).*\n {2}conversation volume {2}30 buckets, [1-9]/);
  });

  it('exits 2 naming the missing scope for a key without analytics:read', async () => {
    vi.stubEnv('ATENDER_API_KEY', server.mock.keys.demo.acme.sandbox.bundles.basic.secret);
    expect(await run()).toBe(2);
    expect(stderr.join('')).toMatch(/lacks "analytics:read"/);
    expect(await readdir(out.dir)).toEqual([]);
  });

  it.each([
    [['--from', '2026-9-1'], /--from must be a calendar date YYYY-MM-DD, got "2026-9-1"/],
    [['--from', '2026-10-31', '--to', '2026-10-01'], /--from 2026-10-31 is after --to 2026-10-01/],
    [['--from', '2025-01-01', '--to', '2026-06-30'], /spans 546 days/],
    [['--interval', 'month'], /--interval must be "day" or "week"/],
    [['--format', 'xlsx'], /Unknown option '--format'/],
  ])('exits 2 on bad input %j', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(stderr.join('')).toMatch(message);
  });

  it('exits 1 with the typed error on an API failure', async () => {
    vi.stubEnv('ATENDER_API_KEY', server.mock.keys.demo.acme.sandbox.revoked.secret);
    expect(await run()).toBe(1);
    expect(stderr.join('')).toMatch(/bi-export: AuthenticationError API_KEY_REVOKED: /);
  });
});
