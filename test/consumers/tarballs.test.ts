/**
 * The packages as a user meets them: the packed tarballs installed by npm into a fresh project
 * outside the workspace (test/support/packed.ts), with msw at the lowest version the mock
 * claims. Every consumer (ESM, CommonJS, TypeScript under node16 and bundler resolution, and a
 * TypeScript `.cts`) makes real calls to the packed `atender-mock serve` running as its own
 * process: a typed call, a paginated list and a caught typed error; the plain-JavaScript ones also
 * pace through the packed `@atender/pacing-redis` on a real redis-server.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedisServer } from '../../packages/pacing-redis/test/support/redis-server.ts';
import { PACKED, type PackedProject, packedProject, ROOT, run } from '../support/packed.ts';
import { type SandboxProcess, startProcess } from '../support/sandbox-process.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

const KEY_SCRIPT =
  "import { createAtenderMock } from '@atender/mock'; console.log(createAtenderMock().keys.demo.acme.sandbox.bundles.full_access.secret);";

let packed: PackedProject;
let dir: string;
let server: SandboxProcess | undefined;
let redis: RedisServer | undefined;
let sandboxUrl: string;
/** What every consumer must see from the sandbox: the full_access key, every contact, the refusal. */
let expected: { key: string; contacts: string[]; refusal: string };

beforeAll(async () => {
  packed = await packedProject();
  dir = fs.mkdtempSync(path.join(packed.dir, 'consumers-'));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));

  const bin = path.join(packed.dir, 'node_modules/.bin/atender-mock');
  const started = await startProcess(bin, ['serve', '--port', '0', '--production-port', '0'], dir, /sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/);
  server = started.server;
  sandboxUrl = started.match;
  redis = await startRedisServer();

  // The expectation comes from the server itself, read with plain fetch (no SDK involved).
  // (The key comes from the packed mock in a child process: vitest would resolve workspace sources.)
  const secret = run('node', ['--input-type=module', '-e', KEY_SCRIPT], dir).trim();
  const get = async (p: string) => (await fetch(`${sandboxUrl}${p}`, { headers: { authorization: `Bearer ${secret}` } })).json();
  const all = await get('/api/v1/contacts?limit=100');
  expect(all.nextCursor ?? null).toBeNull();
  expected = {
    key: (await get('/api/v1/auth/key')).name,
    contacts: all.data.map((c: { id: string }) => c.id),
    refusal: 'InsufficientScopeError:tags:write',
  };
  expect(expected.contacts.length).toBeGreaterThan(3);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await redis?.stop();
});

const consumer = (file: string, args: string[] = []) =>
  JSON.parse(run('node', [...args, file], dir, { ATENDER_BASE_URL: sandboxUrl, REDIS_URL: redis?.url ?? '' }));

/** How many keys of the test's Redis match `pattern` (KEYS over a plain socket, bounded). */
function redisKeyCount(pattern: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(redis?.port ?? 0, '127.0.0.1');
    socket.setTimeout(5000, () => socket.destroy(new Error('redis-server did not answer KEYS in 5 s')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write(`KEYS ${pattern}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(Number(/^\*(\d+)/.exec(data.toString())?.[1] ?? Number.NaN));
    });
  });
}

/** What the shared-pacing part of a plain-JavaScript consumer must show: three answers, Redis used, no fallback. */
async function expectSharedPacing(result: { shared: { names: string[]; warnings: string[] } }, label: string): Promise<void> {
  expect(result.shared).toEqual({ names: [expected.key, expected.key, expected.key], warnings: [] });
  expect(await redisKeyCount(`consumer-${label}:*`)).toBeGreaterThan(0);
}

describe('packed tarballs in a fresh npm project', () => {
  it('installs real files, not workspace links', () => {
    for (const name of PACKED) {
      const installed = path.join(packed.dir, 'node_modules/@atender', name);
      expect(fs.lstatSync(installed).isSymbolicLink(), name).toBe(false);
      expect(fs.existsSync(path.join(installed, 'dist')), name).toBe(true);
    }
  });

  it('ESM: imports every entry point and makes real calls', async () => {
    const result = consumer('esm.mjs');
    expect(result.imports).toEqual({ scope: true, lookup: true, least: true, sdk: true, mock: true });
    expect(result).toMatchObject(expected);
    await expectSharedPacing(result, 'esm');
  }, 60_000);

  it('CommonJS: requires every entry point and makes the same calls', async () => {
    const result = consumer('cjs.cjs');
    expect(result.imports).toEqual({ scope: true, lookup: true, least: true, sdk: true, mock: true });
    expect(result).toMatchObject(expected);
    await expectSharedPacing(result, 'cjs');
  }, 60_000);

  it.each([
    ['browser', 'browser', ['browser']],
    ['edge worker', 'neutral', ['worker']],
  ] as const)('bundles the packed SDK for a %s without Node built-ins', async (_name, platform, conditions) => {
    const result = await build({
      stdin: { contents: "export * from '@atender/sdk';", resolveDir: dir, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform,
      conditions: [...conditions],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(result.errors).toEqual([]);
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](node:)?(fs|http|crypto|path)["']\)/);
    expect(code).toContain('createAtenderClient');
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, ['consumer.ts', 'consumer-cjs.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']],
  ])(
    'TypeScript (%s): a strict consumer type-checks, compiles and makes the same calls',
    (name, resolution, files) => {
      const outDir = `out-${name}`;
      const tsconfig = {
        compilerOptions: { ...resolution, target: 'es2022', lib: ['es2022', 'dom'], strict: true, skipLibCheck: false, types: [], outDir },
        files,
      };
      fs.writeFileSync(path.join(dir, `tsconfig.${name}.json`), JSON.stringify(tsconfig));
      let output = '';
      try {
        run('node', [TSC, '-p', `tsconfig.${name}.json`], dir);
      } catch (err) {
        output = String((err as { stdout?: string }).stdout ?? err);
      }
      expect(output).toBe('');
      for (const emitted of files.map((f) => f.replace(/\.ts$/, '.js').replace(/\.cts$/, '.cjs'))) {
        expect(consumer(path.join(outDir, emitted)), emitted).toEqual(expected);
      }
    },
    120_000,
  );

  it('msw is a peer: the mock runs on the app’s msw, at the lowest version it claims', () => {
    expect(fs.existsSync(path.join(packed.dir, 'node_modules/@atender/mock/node_modules/msw'))).toBe(false);
    const result = consumer('msw-peer.mjs');
    expect(result).toEqual({ msw: packed.msw, viaMsw: [200, 2], viaHttp: 200 });
  }, 60_000);

  it('`atender-mock serve` stops cleanly on SIGINT', async () => {
    expect(await server?.stop('SIGINT')).toBe(0);
    server = undefined;
  });
});
