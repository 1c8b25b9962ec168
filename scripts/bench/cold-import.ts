/**
 * Cold import time of each package's built ESM entry, next to its anchor: a fresh `node`
 * process per sample (module loading and top-level work, no warm cache), the variants
 * interleaved so the machine's drift hits all of them alike. The SDK's target: no more than
 * 5 ms above importing openapi-fetch and ky themselves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/spec.ts';
import { type BenchSection, fmt, median } from './stats.ts';

const SAMPLES = Number(process.env.BENCH_IMPORT_SAMPLES ?? 21);
/** The SDK's cold import may exceed the anchors' by this much (issue 11). */
export const COLD_IMPORT_BUDGET_MS = 5;

const SDK_DIR = path.join(ROOT, 'packages/sdk');

/** What each variant imports; resolved from the SDK's folder, as the SDK itself would. */
function variants(): Record<string, string[]> {
  const dist = (name: string) => pathToFileURL(path.join(ROOT, 'packages', name, 'dist/index.js')).href;
  return {
    'openapi-fetch + ky (anchor)': ['openapi-fetch', 'ky'],
    '@atender/sdk': [dist('sdk')],
    '@atender/contract': [dist('contract')],
    '@atender/mock': [dist('mock')],
  };
}

/** Milliseconds from just before to just after the imports, measured inside a fresh process. */
function sample(specifiers: readonly string[]): number {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('');
  const script = `const t=performance.now();${imports}console.log(performance.now()-t)`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: SDK_DIR });
  if (out.status !== 0) throw new Error(out.stderr.split('\n')[0]);
  return Number(out.stdout.trim());
}

/** Median cold import per variant, samples interleaved. */
export function measureColdImports(): Record<string, number[]> {
  const all = variants();
  const names = Object.keys(all).filter((name) => all[name]!.every((s) => !s.startsWith('file:') || fs.existsSync(new URL(s))));
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      times[name]!.push(sample(all[name]!));
    }
  }
  return times;
}

export function coldImportSection(times: Record<string, number[]>): BenchSection {
  const anchor = median(times['openapi-fetch + ky (anchor)'] ?? []);
  const rows = Object.entries(times).map(([name, t]) => [name, fmt(median(t), 1), fmt(Math.min(...t), 1), fmt(median(t) - anchor, 1)]);
  return {
    title: 'Cold import time',
    method: `A fresh Node ${process.version} process imports the built ESM entry (dist/index.js) or the anchors; ${SAMPLES} interleaved samples each, time measured inside the process around the import.`,
    columns: ['import', 'median ms', 'min ms', 'vs anchor ms'],
    rows,
  };
}
