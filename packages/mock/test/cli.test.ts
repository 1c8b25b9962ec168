/**
 * The CLI as a user runs it: a separate process serving real HTTP on loopback, driven with
 * node's fetch (no msw in this process), stopped with SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer } from './support/spec-checked-fetch.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess | undefined;
let output = '';

/** Resolves with the CLI's banner once it is listening; rejects if it exits first. */
function started(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('curl ')) resolve(output);
    });
    process.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    process.once('exit', (code) => reject(new Error(`atender-mock exited with ${code} before listening:\n${output}`)));
  });
}

async function call(url: string, key?: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...init.headers } });
  const text = await response.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  checkAnswer(init.method ?? 'GET', url, response.status, body, response.headers);
  return { status: response.status, body: body as Record<string, unknown>, headers: response.headers };
}

describe('atender-mock serve', () => {
  let sandboxUrl = '';
  let productionUrl = '';
  let testKey = '';
  let liveKey = '';

  beforeAll(async () => {
    child = spawn(process.execPath, ['--conditions=atender:source', '--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0'], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const banner = await started(child);
    sandboxUrl = /sandbox\s+(http:\/\/\S+)/.exec(banner)?.[1] ?? '';
    productionUrl = /production\s+(http:\/\/\S+)/.exec(banner)?.[1] ?? '';
    testKey = /acme sandbox\n\s+full_access\s+(sa_test_\w+)/.exec(banner)?.[1] ?? '';
    liveKey = /acme production\n\s+full_access\s+(sa_live_\w+)/.exec(banner)?.[1] ?? '';
  }, 60_000);

  afterAll(async () => {
    // Whatever happened above, never leave the server running.
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('prints both URLs, the demo keys and a curl example', () => {
    expect(sandboxUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(productionUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(testKey).toMatch(/^sa_test_[0-9A-Za-z]{32,}$/);
    expect(output).toContain(`curl -H "Authorization: Bearer ${testKey}" ${sandboxUrl}/api/v1/kb/articles`);
  });

  it('answers like the in-process mock: data, auth refusals, environments by port', async () => {
    const list = await call(`${sandboxUrl}/api/v1/kb/articles?limit=2`, testKey);
    expect(list.status).toBe(200);
    expect(list.headers.get('ratelimit-policy')).toContain('"minute";q=600');
    expect((await call(`${sandboxUrl}/api/v1/kb/articles`)).body.code).toBe('API_KEY_MISSING');
    expect((await call(`${productionUrl}/api/v1/kb/articles`, testKey)).body.code).toBe('ENVIRONMENT_MISMATCH');
    expect((await call(`${productionUrl}/api/v1/auth/key`, liveKey)).body).toMatchObject({
      environment: 'production',
      tenantId: 'ten_acme',
    });
  }, 30_000);

  it('creates, validates and refuses oversize bodies over real HTTP', async () => {
    const post = (body: string) =>
      call(`${sandboxUrl}/api/v1/tags`, testKey, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect((await post(JSON.stringify({ name: 'From the CLI test' }))).status).toBe(201);
    expect((await post('{"name": 3}')).body.code).toBe('VALIDATION_FAILED');
    expect((await post(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }))).body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes the client address from the socket: the IP allow-list applies', async () => {
    const ipKey = /ipRestricted\s+(sa_test_\w+)/.exec(output)?.[1] ?? '';
    expect((await call(`${sandboxUrl}/api/v1/tags`, ipKey)).body.code).toBe('IP_NOT_ALLOWED');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child as ChildProcess, 'exit');
    child?.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(output).toContain('SIGTERM: stopping');
  });
});
