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
  {
    // What the SDK itself takes from its dependencies: all of ky, four functions of openapi-fetch.
    name: 'floor: ky + the openapi-fetch functions the SDK uses',
    source:
      "import ky from 'ky'; import { createFinalURL, createQuerySerializer, defaultBodySerializer, defaultPathSerializer } from 'openapi-fetch'; " +
      'export const used = [ky, createFinalURL, createQuerySerializer, defaultBodySerializer, defaultPathSerializer];',
    platform: 'browser',
  },
  { name: 'anchor: openai-node', source: "import OpenAI from 'openai'; export const c = (o) => new OpenAI(o);", platform: 'browser' },
];

/** Where the bytes of an entry come from: minified bytes per source file (esbuild's metafile). */
type Inputs = Readonly<Record<string, number>>;

/** Minified and gzipped bytes of one entry, and the minified bytes each source file adds. */
export async function sizeOf(entry: Entry): Promise<{ min: number; gzip: number; inputs: Inputs }> {
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
      metafile: true,
    });
    const code = result.outputFiles[0]!.contents;
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.fromEntries(Object.entries(output?.inputs ?? {}).map(([file, input]) => [file, input.bytesInOutput]));
    return { min: code.byteLength, gzip: gzipSync(code).byteLength, inputs };
  } finally {
    if (temp) fs.rmSync(temp, { force: true });
  }
}

export interface BundleSizes {
  readonly rows: { name: string; min: number; gzip: number; inputs: Inputs }[];
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

/** The SDK's source areas, by path, for the breakdown of its main entry (first match wins). */
const AREAS: [string, RegExp][] = [
  ['ky', /\/ky\//],
  ['openapi-fetch', /\/openapi-fetch\//],
  ['contract: credential rules', /contract\/src\/(credentials|internal\/(jwt|base64url))\.ts$/],
  ['contract: tables, rate-limit headers', /contract\/src\//],
  ['SDK: typed errors', /sdk\/src\/core\/(errors\/|attempt-error)/],
  [
    'SDK: transport, retries, timeouts',
    /sdk\/src\/(core\/(attempt|transport|read-body|retry-)|internal\/(deadline|sleep|bounds|authenticate))/,
  ],
  ['SDK: pacing', /sdk\/src\/core\/pacing/],
  ['SDK: redaction', /sdk\/src\/internal\/redact/],
  ['SDK: credential options', /sdk\/src\/internal\/(credential|environment)/],
  ['SDK: logging, deprecation warnings, identification', /sdk\/src\/(core\/(logger|deprecation)|internal\/client-identity)/],
  ['SDK: client, requests, pagination, scopes', /./],
];

/** Notes on the SDK main entry: its bytes by area, and what the budget leaves for our own code. */
function sdkBreakdown(sizes: BundleSizes): string[] {
  const sdk = sizes.rows.find((r) => r.name === '@atender/sdk (main entry)');
  const floor = sizes.rows.find((r) => r.name.startsWith('floor:'));
  if (!sdk || !floor) return [];
  const byArea = new Map<string, number>();
  for (const [file, bytes] of Object.entries(sdk.inputs)) {
    const area = AREAS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'other';
    byArea.set(area, (byArea.get(area) ?? 0) + bytes);
  }
  const total = [...byArea.values()].reduce((a, b) => a + b, 0);
  const parts = [...byArea]
    .sort((a, b) => b[1] - a[1])
    .map(([area, bytes]) => `${area} ${(bytes / 1024).toFixed(1)} (${Math.round((100 * bytes) / total)}%)`);
  const budget = SDK_BUNDLE_BUDGET_BYTES;
  return [
    `The SDK main entry by source, minified KiB in the bundle (esbuild metafile): ${parts.join(', ')}.`,
    `Gzip: the floor (all of ky and the four openapi-fetch functions the SDK calls) is ${(floor.gzip / 1024).toFixed(2)} KiB, so the ` +
      `${budget / 1024} KiB budget leaves ${((budget - floor.gzip) / 1024).toFixed(2)} KiB for the SDK's and the contract's own code; ` +
      `they add ${((sdk.gzip - floor.gzip) / 1024).toFixed(2)} KiB in this run.`,
  ];
}

export function bundleSizeSection(sizes: BundleSizes): BenchSection {
  const kib = (bytes: number) => (bytes / 1024).toFixed(2);
  return {
    notes: sdkBreakdown(sizes),
    title: 'Bundle sizes',
    method:
      'esbuild, minified ESM with every dependency bundled (what a browser app ships), from each entry point; anchors from a one-line entry that uses them.',
    columns: ['entry', 'minified KiB', 'min+gzip KiB'],
    rows: [...sizes.rows.map((r) => [r.name, kib(r.min), kib(r.gzip)]), ...sizes.failures.map((f) => [f.name, 'build failed', f.error])],
  };
}
