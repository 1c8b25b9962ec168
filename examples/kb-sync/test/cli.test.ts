import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MockServer } from '@atender/mock/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { scratchVault, startEmptyMock } from './helpers.js';

let server: MockServer;
let vault: { dir: string; remove: () => Promise<void> };
let out: string[];
let err: string[];

beforeAll(async () => {
  server = await startEmptyMock();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.mock.reset();
  vault = await scratchVault();
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  vi.stubEnv('ATENDER_BASE_URL', server.sandboxUrl);
  vi.stubEnv('ATENDER_API_KEY', server.mock.keys.demo.acme.sandbox.scopes['knowledge:write'].secret);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await vault.remove();
});

const run = (...args: string[]) => main(['--dir', vault.dir, ...args]);

describe('kb-sync CLI', { timeout: 30_000 }, () => {
  it('syncs, prints plain progress lines when stderr is not a terminal, and ends with the table', async () => {
    expect(await run()).toBe(0);
    expect(err.join('')).toMatch(/^\[ *1\/\d+\] ok /m);
    expect(out.join('')).toMatch(/Summary\n\s+created\s+updated\s+unchanged\s+deleted\s+failed\narticles\s+54\s+0\s+0\s+0\s+0/);
    out = [];
    expect(await run()).toBe(0);
    expect(out.join('')).toMatch(/articles\s+0\s+0\s+54\s+0\s+0/);
  });

  it('exits 1 and names file and line of a bad file', async () => {
    await writeFile(path.join(vault.dir, 'untitled.md'), '---\nslug: untitled\n---\nBody\n');
    expect(await run()).toBe(1);
    expect(out.join('')).toContain('untitled.md:1  front matter has no "title"');
  });

  it('prints the plan on --dry-run', async () => {
    expect(await run('--dry-run')).toBe(0);
    expect(out.join('')).toMatch(/Plan:\n(.|\n)*\+ article +wash-a-down-jacket {2}\(product-care\/wash-a-down-jacket\.md\)/);
    expect(out.join('')).toContain('Dry run — nothing was written.');
  });

  it('exits 2 naming the missing scope when the key can only read', async () => {
    vi.stubEnv('ATENDER_API_KEY', server.mock.keys.demo.acme.sandbox.scopes['knowledge:read'].secret);
    expect(await run()).toBe(2);
    expect(err.join('')).toMatch(/lacks "knowledge:write"/);
  });

  it('exits 2 on an unknown flag and 0 on --help', async () => {
    expect(await main(['--purge'])).toBe(2);
    expect(err.join('')).toMatch(/Unknown option '--purge'/);
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/^Usage: kb-sync/);
  });
});
