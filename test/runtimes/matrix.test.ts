/**
 * The runtime matrix: the packed SDK (test/support/packed.ts) runs one script
 * (fixtures/scenario.mjs) on every runtime the SDK's README claims, each against the packed
 * sandbox server running as its own Node process: Node ESM and CommonJS, Bun (ESM and
 * CommonJS), Deno, workerd (miniflare), Vercel's edge-runtime and Debian's Chromium. Every
 * runtime must return exactly what the server says, read here with plain fetch.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { PACKED, type PackedProject, packedProject, ROOT, run } from '../support/packed.ts';
import { type SandboxProcess, startProcess } from '../support/sandbox-process.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const BIN = path.join(ROOT, 'node_modules/.bin');
const RUNTIMES = ['node-esm', 'node-cjs', 'bun-esm', 'bun-cjs', 'deno', 'workerd', 'edge-runtime', 'chromium'] as const;
type Runtime = (typeof RUNTIMES)[number];

interface Ready {
  baseUrl: string;
  full: string;
  basic: string;
  tiny: Record<Runtime, string>;
}

let packed: PackedProject;
let dir: string;
let server: SandboxProcess | undefined;
let ready: Ready;
let expected: Record<string, unknown>;
const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;

beforeAll(async () => {
  packed = await packedProject();
  dir = fs.mkdtempSync(path.join(packed.dir, 'runtimes-'));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  const started = await startProcess('node', ['serve.mjs', JSON.stringify(RUNTIMES)], dir, /READY (\{.*\})\n/);
  server = started.server;
  ready = JSON.parse(started.match);

  // What the server says, read with plain fetch: every runtime must report exactly this.
  const get = async (p: string) => (await fetch(`${ready.baseUrl}${p}`, { headers: { authorization: `Bearer ${ready.full}` } })).json();
  const key = await get('/api/v1/auth/key');
  const all = await get('/api/v1/contacts?limit=100');
  expect(all.nextCursor ?? null).toBeNull();
  const contacts = all.data.map((c: { id: string }) => c.id);
  expect(contacts.length).toBeGreaterThan(3);
  expected = {
    key: { name: key.name, tenantId: 'ten_acme', environment: 'sandbox' },
    firstPage: contacts.slice(0, 3),
    contacts,
    refusal: 'InsufficientScopeError:tags:write',
    rateLimited: {
      statuses: [429, 200],
      retries: [{ reason: 'rate-limited', status: 429, error: 'RateLimitError' }],
      rateLimitErrorExported: true,
    },
  };
}, 600_000);

afterAll(async () => {
  await server?.stop();
});

/** The scenario's input for one runtime, with a delivery signed now by `standardwebhooks`. */
function scenarioEnv(runtime: Runtime) {
  const id = `msg_matrix_${runtime}`;
  const payload = JSON.stringify({ type: 'contact.created', timestamp: new Date().toISOString(), data: { id: 'con_matrix' } });
  const timestamp = new Date();
  const signature = new Webhook(WEBHOOK_SECRET).sign(id, timestamp, payload);
  return {
    baseUrl: ready.baseUrl,
    keys: { full: ready.full, basic: ready.basic, tiny: ready.tiny[runtime] },
    webhook: {
      payload,
      secret: WEBHOOK_SECRET,
      headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature },
    },
    browser: runtime === 'chromium',
  };
}

/** The packed SDK and the scenario as one ES module for a runtime that takes no node_modules. */
async function bundle(entry: string, platform: 'neutral' | 'browser', conditions: string[], format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'js' },
    bundle: true,
    write: false,
    format,
    platform,
    conditions,
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const SCENARIO_IMPORTS = `import * as client from '@atender/sdk'; import * as webhooks from '@atender/sdk/webhooks';
  import { scenario } from './scenario.mjs'; const sdk = { ...client, ...webhooks };`;

const DENO_ENV = { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };

const runners: Record<Runtime, (env: ReturnType<typeof scenarioEnv>) => Promise<unknown>> = {
  'node-esm': async (env) => JSON.parse(run('node', ['node-esm.mjs'], dir, { SCENARIO: JSON.stringify(env) })),
  'node-cjs': async (env) => JSON.parse(run('node', ['node-cjs.cjs'], dir, { SCENARIO: JSON.stringify(env) })),
  'bun-esm': async (env) => JSON.parse(run(path.join(BIN, 'bun'), ['node-esm.mjs'], dir, { SCENARIO: JSON.stringify(env) })),
  'bun-cjs': async (env) => JSON.parse(run(path.join(BIN, 'bun'), ['node-cjs.cjs'], dir, { SCENARIO: JSON.stringify(env) })),
  deno: async (env) =>
    JSON.parse(
      run(path.join(BIN, 'deno'), ['run', '--allow-net=127.0.0.1', '--allow-env=SCENARIO', '--allow-read=.', 'node-esm.mjs'], dir, {
        ...DENO_ENV,
        SCENARIO: JSON.stringify(env),
        DENO_DIR: path.join(dir, '.deno'),
      }),
    ),
  workerd: async (env) => {
    const script = await bundle(
      `${SCENARIO_IMPORTS}
       export default { async fetch(request, bindings) {
         try { return Response.json(await scenario(sdk, JSON.parse(bindings.SCENARIO))); }
         catch (err) { return new Response(String(err && err.stack || err), { status: 500 }); }
       } };`,
      'neutral',
      ['workerd', 'worker', 'browser'],
      'esm',
    );
    const mf = new Miniflare({ modules: true, script, compatibilityDate: '2025-07-01', bindings: { SCENARIO: JSON.stringify(env) } });
    try {
      const response = await mf.dispatchFetch('http://worker.test/');
      const text = await response.text();
      expect(response.status, text).toBe(200);
      return JSON.parse(text);
    } finally {
      await mf.dispose();
    }
  },
  'edge-runtime': async (env) => {
    const script = await bundle(
      `${SCENARIO_IMPORTS}
       addEventListener('fetch', (event) => event.respondWith(
         scenario(sdk, globalThis.SCENARIO).then((r) => Response.json(r), (err) => new Response(String(err && err.stack || err), { status: 500 }))
       ));`,
      'browser',
      ['edge-light', 'worker', 'browser'],
      'iife',
    );
    const runtime = new EdgeRuntime({ initialCode: `globalThis.SCENARIO = ${JSON.stringify(env)};\n${script}` });
    const response = await runtime.dispatchFetch('http://edge.test/');
    const text = await response.text();
    await response.waitUntil();
    expect(response.status, text).toBe(200);
    return JSON.parse(text);
  },
  chromium: async (env) => {
    const script = await bundle(`${SCENARIO_IMPORTS} window.matrixResult = scenario(sdk, window.SCENARIO);`, 'browser', ['browser'], 'esm');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // The page is served at the sandbox's own origin (only /__matrix/ is answered here), so
      // the API calls are same-origin: cross-origin CORS has its own test in test/browser.
      await page.route(`${env.baseUrl}/__matrix/**`, (route) =>
        route.fulfill(
          route.request().url().endsWith('.js')
            ? { contentType: 'text/javascript', body: script }
            : { contentType: 'text/html', body: '<!doctype html><script type="module" src="/__matrix/main.js"></script>' },
        ),
      );
      await page.addInitScript((input) => {
        (globalThis as { SCENARIO?: unknown }).SCENARIO = input;
      }, env);
      await page.goto(`${env.baseUrl}/__matrix/index.html`);
      await page.waitForFunction(() => 'matrixResult' in globalThis, undefined, { timeout: 30_000 });
      return await page.evaluate(() => (globalThis as unknown as { matrixResult: Promise<unknown> }).matrixResult);
    } finally {
      await browser.close();
    }
  },
};

describe('the packed SDK on every runtime, against the packed sandbox server', () => {
  it.each(RUNTIMES)(
    '%s: key info, a typed list and its pagination, a caught InsufficientScopeError, a 429 retried once, a verified webhook',
    async (runtime) => {
      const env = scenarioEnv(runtime);
      const result = await runners[runtime](env);
      expect(result).toEqual({
        ...expected,
        webhook: { id: env.webhook.headers['webhook-id'], type: 'contact.created', tampered: 'no_matching_signature' },
      });
    },
    120_000,
  );
});

describe('Deno importing @atender/mock, whose msw holds a BroadcastChannel Deno cannot unref', () => {
  let project: string;
  const deno = (args: string[]) =>
    spawnSync(path.join(BIN, 'deno'), args, {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ...DENO_ENV, DENO_DIR: path.join(project, '.deno') },
    });

  beforeAll(() => {
    // The msw the workspace uses (the lowest peer predates msw's WebSocket channel).
    const msw = /^\s+msw:\s*(\S+)$/m.exec(fs.readFileSync(path.join(ROOT, 'pnpm-workspace.yaml'), 'utf8'))![1]!;
    project = path.join(dir, 'deno-mock');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'deno-mock', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PACKED.map((n) => packed.tarballs[n]), `msw@${msw}`], project);
    for (const f of ['deno-mock.test.mjs', 'deno-mock-run.mjs']) fs.copyFileSync(path.join(FIXTURES, f), path.join(project, f));
  }, 300_000);

  it('`deno test` ends when its tests do', () => {
    const result = deno(['test', '--allow-read=.', '--allow-env', 'deno-mock.test.mjs']);
    expect(result.signal, 'deno test was still running after 120 s').toBeNull();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 passed \| 0 failed/);
  }, 150_000);

  it('`deno run` ends with Deno.exit() at the end of the script (the documented workaround)', () => {
    const result = deno(['run', '--allow-read=.', '--allow-env', 'deno-mock-run.mjs']);
    expect(result.signal, 'deno run was still running after 120 s').toBeNull();
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ status: 200, contacts: 1 });
  }, 150_000);
});
