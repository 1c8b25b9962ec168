/**
 * `pnpm demo` end to end, as a user runs it: a child process from the repository root, no key,
 * no build. Checks the exit code, the zero-write re-run and the final machine-checkable line.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TIMEOUT_MS = 180_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pnpm demo` without a key, so nothing but the loopback mock can be reached. */
function runDemo(): Promise<Run> {
  const env = { ...process.env };
  delete env.ATENDER_API_KEY;
  delete env.ATENDER_BASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['demo'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('pnpm demo', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runDemo();
  }, TIMEOUT_MS + 10_000);

  it('exits 0 and ends with the summary line', () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    const last = run.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(
      /^demo: ok — 54 articles synced, 0 writes on re-run, InsufficientScopeError\(knowledge:write\), burst of 60 in \d+\.\d s with 0 × 429$/,
    );
  });

  it('shows the zero-write re-run, the missing scope and the progress', () => {
    const rerun = run.stdout.slice(run.stdout.indexOf('[3/6]'), run.stdout.indexOf('[4/6]'));
    expect(rerun).toMatch(/^ {4}0 writes \(\d+ requests, all reads\)/m);
    expect(run.stdout).toContain('requiredScopes  knowledge:write');
    // Progress goes to stderr: one plain line per write when not on a terminal.
    expect(run.stderr).toContain('[125/125] ok');
  });

  it('never prints a secret key', () => {
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/sa_(test|live)_[A-Za-z0-9]{8,}/);
  });
});
