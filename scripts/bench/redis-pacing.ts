/**
 * Shared pacing over Redis vs per-process pacing (issue 13): 4 worker processes × 150 calls at
 * concurrency 8 each, one key on a tier of 50 requests per 1-second window, against the mock's
 * sandbox HTTP server in its own process. Target for shared pacing: 0 × 429 and a total time
 * within 10% of the budget-bound minimum (600 calls / 50 per s = 12 s).
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startRedisServer } from '../../packages/pacing-redis/test/support/redis-server.ts';
import { ensureAptBinary } from '../lib/ensure-apt-package.ts';
import { ROOT } from '../lib/spec.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

const WORKERS = 4;
const CALLS = 150;
const CONCURRENCY = 8;
const LIMIT = 50;
const RUNS = 2;
const TOTAL = WORKERS * CALLS;
/** The bound: every call needs a unit of a budget that refills LIMIT per second. */
const MINIMUM_SECONDS = TOTAL / LIMIT;
/** Fixed windows from a boundary: the last of ceil(TOTAL / LIMIT) windows opens this long after the start. */
const WINDOW_MINIMUM_SECONDS = Math.ceil(TOTAL / LIMIT) - 1;

type Mode = 'shared' | 'local';
interface WorkerReport {
  readonly answers: number;
  readonly limited: number;
  readonly failures: number;
  readonly finishedAt: number;
  readonly latencyMs: number;
  readonly warnings: number;
}
interface RunResult {
  readonly answers: number;
  readonly limited: number;
  readonly failures: number;
  readonly warnings: number;
  readonly seconds: number;
  /** Mean time from sending a request to its answer's headers. */
  readonly latencyMs: number;
}

const EXEC_ARGV = ['--conditions=atender:source', '--import', 'tsx'];

function child(file: string, env: Record<string, string> = {}): ChildProcess {
  return fork(path.join(ROOT, 'scripts/bench', file), [], {
    execArgv: EXEC_ARGV,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T>(proc: ChildProcess, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
    proc.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as T);
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}`));
    });
  });
}

/** One fleet run: 4 fresh worker processes start together at a window boundary. */
async function runFleet(mode: Mode, server: { url: string; apiKey: string }, redisUrl: string): Promise<RunResult> {
  const workers = Array.from({ length: WORKERS }, () => child('redis-pacing-worker.ts'));
  try {
    await Promise.all(workers.map((w, i) => nextMessage(w, 60_000, `worker ${i}`)));
    // Two seconds from now, on a window boundary: every worker is loaded and waiting.
    const startAt = Math.ceil((Date.now() + 2000) / 1000) * 1000;
    const reports = workers.map((w, i) => nextMessage<WorkerReport>(w, 120_000, `worker ${i}`));
    for (const w of workers) w.send({ ...server, redisUrl, mode, calls: CALLS, concurrency: CONCURRENCY, startAt });
    const done = await Promise.all(reports);
    const sum = (pick: (r: WorkerReport) => number) => done.reduce((total, r) => total + pick(r), 0);
    return {
      answers: sum((r) => r.answers),
      limited: sum((r) => r.limited),
      failures: sum((r) => r.failures),
      warnings: sum((r) => r.warnings),
      latencyMs:
        sum((r) => r.latencyMs) /
        Math.max(
          1,
          sum((r) => r.answers),
        ),
      seconds: (Math.max(...done.map((r) => r.finishedAt)) - startAt) / 1000,
    };
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  }
}

function row(mode: string, runs: readonly RunResult[]): (string | number)[] {
  const seconds = median(runs.map((r) => r.seconds));
  return [
    mode,
    runs.length,
    median(runs.map((r) => r.answers)),
    runs.map((r) => r.limited).join(' / '),
    runs.map((r) => r.failures).join(' / '),
    runs.map((r) => r.warnings).join(' / '),
    fmt(seconds, 2),
    fmt(seconds / MINIMUM_SECONDS, 3),
    fmt(seconds / WINDOW_MINIMUM_SECONDS, 3),
    fmt(median(runs.map((r) => r.latencyMs)), 0),
    runs.map((r) => fmt(r.seconds, 2)).join(' / '),
  ];
}

/** Runs the fleet with shared and with per-process pacing, interleaved, `RUNS` times each. */
export async function runRedisPacingBench(): Promise<BenchSection> {
  if (ensureAptBinary('redis') !== 0) throw new Error('redis-server is not available (scripts/ensure-apt-package.sh failed)');
  const redis = await startRedisServer();
  const serverProcess = child('redis-pacing-server.ts', { BENCH_LIMIT: String(LIMIT) });
  const results: Record<Mode, RunResult[]> = { shared: [], local: [] };
  try {
    const server = await nextMessage<{ url: string; apiKey: string }>(serverProcess, 60_000, 'mock server');
    const measure = (mode: Mode) => async () => {
      await redis.flushAll();
      // A fresh budget: the previous run's window and its retried 429s are over.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const result = await runFleet(mode, server, redis.url);
      results[mode].push(result);
      console.log(
        `  ${mode}: ${result.answers} answers, ${result.limited} × 429, ${result.failures} failed, ${fmt(result.seconds, 2)} s, latency ${fmt(result.latencyMs, 0)} ms`,
      );
      return result.seconds;
    };
    await interleave({ shared: measure('shared'), local: measure('local') }, RUNS);
  } finally {
    serverProcess.kill('SIGTERM');
    await redis.stop();
  }
  return {
    title: `Shared pacing over Redis: ${WORKERS} processes × ${CALLS} calls on one key of ${LIMIT} requests / 1 s`,
    method: `${WORKERS} worker processes (fresh for every run) each make ${CALLS} \`GET /api/v1/kb/articles\` at concurrency ${CONCURRENCY} with default SDK options (2 retries) on one key of a ${LIMIT}-per-second tier, against the mock's sandbox HTTP server in its own process (\`startMockServer\`, which \`atender-mock serve\` runs, the tier added through its \`rateLimitTiers\` option like the demo's). All workers start on the same window boundary; time = last worker done − start. "shared": \`pacing: { store: createRedisPacingStore(...) }\` on a Debian redis-server (flushed before each run); "per process": the SDK's in-memory pacer in each process. 429s counted with \`onResponse\` (every one is retried). Runs interleaved, medians shown. Minimum = ${TOTAL} / ${LIMIT} per s = ${MINIMUM_SECONDS} s (the issue's bound); windows aligned to the start allow ${WINDOW_MINIMUM_SECONDS} s.`,
    columns: [
      'pacing',
      'runs',
      'answers',
      '429s per run',
      'failures per run',
      'fallback warnings',
      'time s',
      `time / ${MINIMUM_SECONDS} s`,
      `time / ${WINDOW_MINIMUM_SECONDS} s`,
      'mean latency ms',
      'times per run s',
    ],
    rows: [row('shared (Redis)', results.shared), row('per process', results.local)],
    notes: [
      `Target with shared pacing: 0 × 429 and time ≤ 1.10 × ${MINIMUM_SECONDS} s.`,
      `With ${WORKERS * CONCURRENCY} calls in flight at most, the run is budget-bound only while the mean latency stays under ${fmt((WORKERS * CONCURRENCY * 1000) / LIMIT, 0)} ms; the load average at the end of the run is ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores.`,
    ],
  };
}
