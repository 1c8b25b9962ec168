/**
 * Bundle size of each published entry as a user's bundler would see it: esbuild, minified,
 * ESM, browser platform, workspace deps included and third-party deps included too.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../lib/spec.ts';
import type { BenchSection } from './stats.ts';

const ENTRIES = [
  { name: '@atender/contract', file: 'packages/contract/src/index.ts', platform: 'neutral' as const },
  { name: '@atender/sdk', file: 'packages/sdk/src/index.ts', platform: 'browser' as const },
  { name: '@atender/mock (browser)', file: 'packages/mock/src/browser.ts', platform: 'browser' as const },
];

async function sizeOf(file: string, platform: 'neutral' | 'browser'): Promise<{ min: number; gzip: number }> {
  const result = await build({
    entryPoints: [path.join(ROOT, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    conditions: ['atender:source'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code).byteLength };
}

export async function runBundleSizeBench(): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  for (const e of ENTRIES) {
    try {
      const { min, gzip } = await sizeOf(e.file, e.platform);
      rows.push([e.name, (min / 1024).toFixed(1), (gzip / 1024).toFixed(1)]);
    } catch (err) {
      rows.push([e.name, 'build failed', String((err as Error).message).split('\n')[0]!]);
    }
  }
  return {
    title: 'Bundle sizes',
    method: 'esbuild, minified ESM with every dependency bundled (what a browser app ships), from each entry point.',
    columns: ['entry', 'minified KiB', 'gzip KiB'],
    rows,
  };
}
