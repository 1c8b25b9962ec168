/**
 * The SDK README's first snippet runs as written against the mock (msw in this process), with a
 * demo key in `ATENDER_API_KEY`: its ids exist in the seed, so nothing answers 404.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupAtenderServer } from '@atender/mock/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ROOT, snippets } from './readmes.ts';

const { server, mock } = setupAtenderServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atender-readme-run-'));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs the SDK README quick start against the mock without an error', async () => {
  const first = snippets('packages/sdk/README.md')[0]!;
  expect(first.code).toMatch(/createAtenderClient/);
  // The snippet imports the published name; point it at the workspace source instead.
  const source = pathToFileURL(path.join(ROOT, 'packages/sdk/src/index.ts')).href;
  const file = path.join(dir, 'quick-start.ts');
  fs.writeFileSync(file, `${first.code.replaceAll("'@atender/sdk'", `'${source}'`)}\nexport {};\n`);
  vi.stubEnv('ATENDER_API_KEY', mock.keys.demo.acme.sandbox.bundles.read_all.secret);
  const logged: unknown[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void logged.push(args));
  try {
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  } finally {
    log.mockRestore();
  }
  expect(logged.length).toBeGreaterThan(0);
}, 60_000);
