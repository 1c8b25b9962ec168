/**
 * Cold import time of each package's built ESM entry: a fresh `node` process per sample, so
 * module loading and top-level work are measured, not a warm cache.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/spec.ts';
import { type BenchSection, fmt, median } from './stats.ts';

const PACKAGES = ['contract', 'sdk', 'mock'];
const SAMPLES = 15;

/** Milliseconds from process start to the end of `import(entry)`, measured inside the process. */
function sample(entry: string | null): number {
  const script = entry
    ? `const t=performance.now();await import(${JSON.stringify(entry)});console.log(performance.now()-t)`
    : 'const t=performance.now();console.log(performance.now()-t)';
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr.split('\n')[0]);
  return Number(out.stdout.trim());
}

export async function runColdImportBench(): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  for (const name of PACKAGES) {
    const entry = path.join(ROOT, 'packages', name, 'dist/index.js');
    if (!fs.existsSync(entry)) {
      rows.push([`@atender/${name}`, 'not built', '']);
      continue;
    }
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) times.push(sample(entry));
    rows.push([`@atender/${name}`, fmt(median(times), 1), fmt(Math.min(...times), 1)]);
  }
  return {
    title: 'Cold import time',
    method: `A fresh Node ${process.version} process imports the built ESM entry (dist/index.js); ${SAMPLES} samples each, time measured inside the process around the import.`,
    columns: ['package', 'median ms', 'min ms'],
    rows,
  };
}
