/**
 * Bundle size of each published entry as a user's bundler would see it: esbuild, minified,
 * ESM, browser platform, every dependency included. The anchors (ky, openapi-fetch, openai-node)
 * are bundled the same way, from a one-line entry that uses them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../lib/spec.ts';
import type { BenchSection } from './stats.ts';

/** The SDK main entry's budget, min+gzip (issue 11; `.size-limit.json` enforces it too). */
export const SDK_BUNDLE_BUDGET_BYTES = 14 * 1024;

interface Entry {
  readonly name: string;
  /** A file of the repo, or the source of a one-line entry. */
  readonly file?: string;
  readonly source?: string;
  readonly platform: 'neutral' | 'browser';
}

const ENTRIES: Entry[] = [
  { name: '@atender/sdk (main entry)', file: 'packages/sdk/src/index.ts', platform: 'browser' },
  { name: '@atender/sdk/webhooks', file: 'packages/sdk/src/webhooks.ts', platform: 'browser' },
  { name: '@atender/contract', file: 'packages/contract/src/index.ts', platform: 'neutral' },
  { name: '@atender/mock (browser)', file: 'packages/mock/src/browser.ts', platform: 'browser' },
  { name: 'anchor: ky', source: "import ky from 'ky'; export const get = (url) => ky(url);", platform: 'browser' },
  {
    name: 'anchor: openapi-fetch',
    source: "import createClient from 'openapi-fetch'; export const c = createClient();",
    platform: 'browser',
  },
  {
    name: 'anchor: openapi-fetch + ky',
    source: "import ky from 'ky'; import createClient from 'openapi-fetch'; export const c = createClient({ fetch: (r) => ky(r) });",
    platform: 'browser',
  },
  { name: 'anchor: openai-node', source: "import OpenAI from 'openai'; export const c = (o) => new OpenAI(o);", platform: 'browser' },
];

/** Minified and gzipped bytes of one entry. */
export async function sizeOf(entry: Entry): Promise<{ min: number; gzip: number }> {
  // One-line entries live in the repo's scripts folder so they resolve the repo's node_modules.
  const temp = entry.source ? path.join(ROOT, 'scripts/bench', `.entry-${process.pid}-${entry.name.replace(/\W+/g, '-')}.mjs`) : undefined;
  if (temp) fs.writeFileSync(temp, entry.source ?? '');
  try {
    const result = await build({
      entryPoints: [temp ?? path.join(ROOT, entry.file ?? '')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: entry.platform,
      write: false,
      conditions: ['atender:source'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    return { min: code.byteLength, gzip: gzipSync(code).byteLength };
  } finally {
    if (temp) fs.rmSync(temp, { force: true });
  }
}

export interface BundleSizes {
  readonly rows: { name: string; min: number; gzip: number }[];
  readonly failures: { name: string; error: string }[];
}

export async function measureBundleSizes(): Promise<BundleSizes> {
  const rows: BundleSizes['rows'] = [];
  const failures: BundleSizes['failures'] = [];
  for (const entry of ENTRIES) {
    try {
      rows.push({ name: entry.name, ...(await sizeOf(entry)) });
    } catch (err) {
      failures.push({ name: entry.name, error: String((err as Error).message).split(os.EOL)[0]! });
    }
  }
  return { rows, failures };
}

export function bundleSizeSection(sizes: BundleSizes): BenchSection {
  const kib = (bytes: number) => (bytes / 1024).toFixed(2);
  return {
    title: 'Bundle sizes',
    method:
      'esbuild, minified ESM with every dependency bundled (what a browser app ships), from each entry point; anchors from a one-line entry that uses them.',
    columns: ['entry', 'minified KiB', 'min+gzip KiB'],
    rows: [...sizes.rows.map((r) => [r.name, kib(r.min), kib(r.gzip)]), ...sizes.failures.map((f) => [f.name, 'build failed', f.error])],
  };
}
