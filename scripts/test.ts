/**
 * `pnpm test`: runs every vitest project once and ends with one plain summary line
 * (`tests: N passed, N failed`) that CI reads; exits with vitest's own status.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureAptBinary } from './lib/ensure-apt-package.ts';
import { ROOT } from './lib/spec.ts';

// The browser tests drive Debian's Chromium and the shared-pacing tests start their own Debian
// redis-server; install both first so the README's command works on a new machine.
for (const binary of ['chromium', 'redis'] as const) {
  const status = ensureAptBinary(binary);
  if (status !== 0) process.exit(status);
}

const report = path.join(ROOT, 'test-results/vitest.json');
fs.rmSync(report, { force: true });
const run = spawnSync('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
if (!fs.existsSync(report)) {
  console.log('tests: 0 passed, 1 failed (vitest wrote no report)');
  process.exit(run.status || 1);
}
const r = JSON.parse(fs.readFileSync(report, 'utf8')) as JsonReport;
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
