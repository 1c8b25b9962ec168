/**
 * A browser test's page: bundled by esbuild from a fixture, served over real HTTP on loopback
 * (a service worker needs http(s), and loopback counts as secure), torn down after the test.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** A served page and how to stop serving it. */
export interface StaticSite {
  readonly dir: string;
  readonly server: Server;
  /** e.g. `http://127.0.0.1:43121`. */
  readonly origin: string;
  close(): Promise<void>;
}

const SCENARIO_PAGE = path.join(import.meta.dirname, '../browser/fixtures/scenario-page.html');

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Options of {@link serveSite}. */
export interface SiteOptions {
  /** The page script (TypeScript), bundled to `/page.js`. */
  readonly entry: string;
  /** The page at `/` (test/browser/fixtures/scenario-page.html: a results table that loads `/page.js`). */
  readonly page: { readonly title: string; readonly heading: string };
  /** More files to serve: name under the site root → absolute path. */
  readonly files?: Readonly<Record<string, string>>;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

/** Bundles `entry` with the workspace's TypeScript sources and serves it with `html` and `files`. */
export async function serveSite(options: SiteOptions): Promise<StaticSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atender-browser-'));
  await build({
    entryPoints: [options.entry],
    outfile: path.join(dir, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['atender:source'],
    sourcemap: true,
    logLevel: 'silent',
  });
  const template = fs.readFileSync(SCENARIO_PAGE, 'utf8');
  const html = template.replace('{{title}}', escapeHtml(options.page.title)).replace('{{heading}}', escapeHtml(options.page.heading));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  for (const [name, from] of Object.entries(options.files ?? {})) fs.copyFileSync(from, path.join(dir, name));
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(dir, path.normalize(name));
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  const host = options.host ?? '127.0.0.1';
  server.listen(0, host);
  await new Promise((done) => server.once('listening', done));
  return {
    dir,
    server,
    origin: `http://${host}:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((done) => server.close(done));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
