/**
 * The packages as a user meets them: build, `pnpm pack` each one, install the tarballs with npm
 * into a fresh project outside the workspace (no links), then import from ESM and CommonJS,
 * type-check a strict consumer with `node16` and `bundler` resolution, and drive the packed SDK
 * against the packed `atender-mock serve` running as its own process.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const PACKAGES = ['contract', 'sdk', 'mock'];
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

let project: string;
let server: ChildProcess | undefined;

const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'atender-consumer-'));
  const tarballs = path.join(project, 'tarballs');
  for (const name of PACKAGES) {
    const dir = path.join(ROOT, 'packages', name);
    run('pnpm', ['run', 'build'], dir);
    run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  }
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const files = fs.readdirSync(tarballs).map((f) => `./tarballs/${f}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files], project);
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(project, f));
}, 600_000);

afterAll(() => {
  server?.kill('SIGTERM');
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

describe('packed tarballs in a fresh npm project', () => {
  it('installs real files, not workspace links', () => {
    for (const name of PACKAGES) {
      const installed = path.join(project, 'node_modules/@atender', name);
      expect(fs.lstatSync(installed).isSymbolicLink(), name).toBe(false);
      expect(fs.existsSync(path.join(installed, 'dist')), name).toBe(true);
    }
  });

  it('imports every entry point from ESM', () => {
    const checks = JSON.parse(run('node', ['esm.mjs'], project));
    expect(checks).toEqual({ scope: true, lookup: true, least: true, sdk: true, errors: true, mock: true });
  });

  it('requires every entry point from CommonJS', () => {
    const checks = JSON.parse(run('node', ['cjs.cjs'], project));
    expect(checks).toEqual({ scope: true, lookup: true, sdk: true, mock: true });
  });

  it.each([
    ['browser', 'browser', ['browser']],
    ['edge worker', 'neutral', ['worker']],
  ] as const)('bundles the packed SDK for a %s without Node built-ins', async (_name, platform, conditions) => {
    const result = await build({
      stdin: { contents: "export * from '@atender/sdk';", resolveDir: project, loader: 'js' },
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
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])(
    'type-checks a strict consumer with moduleResolution %s',
    (name, resolution) => {
      const tsconfig = {
        compilerOptions: {
          ...resolution,
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      };
      fs.writeFileSync(path.join(project, `tsconfig.${name}.json`), JSON.stringify(tsconfig));
      let output = '';
      try {
        run('node', [TSC, '-p', `tsconfig.${name}.json`], project);
      } catch (err) {
        output = String((err as { stdout?: string }).stdout ?? err);
      }
      expect(output).toBe('');
    },
    120_000,
  );

  it('drives the packed SDK against `atender-mock serve` running as its own process', async () => {
    const bin = path.join(project, 'node_modules/.bin/atender-mock');
    server = spawn(bin, ['serve', '--port', '0', '--production-port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await expect.poll(() => /sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1], { timeout: 30_000 }).toBeTruthy();
    const sandboxUrl = /sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const result = JSON.parse(run('node', ['integration.mjs'], project, { ATENDER_BASE_URL: sandboxUrl }));
    expect(result).toMatchObject({ created: 'packed@example.com', refusal: 'InsufficientScopeError:knowledge:write' });
    expect(result.articles).toBeGreaterThan(0);
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
    server = undefined;
  }, 120_000);
});
