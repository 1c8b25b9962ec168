/**
 * A 60 s mixed load on `atender-mock serve` over real HTTP: 20 connections, each sending one
 * request after another — lists, get-by-id, workspace search, conversation lists, new messages
 * (so the data grows as it would), tags created and deleted, all writes with an Idempotency-Key
 * as the SDK sends them. Throughput per second, latency and the server's RSS are recorded; the
 * target is last-10-s throughput within 25% of the first 10 s, and memory that plateaus.
 * `LOAD_SECONDS` shortens the run; `LOAD_SERVER_ARGS` adds Node flags to the server (e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof`); `LOAD_HEAP_SNAPSHOTS=dir` has it write heap snapshots
 * at the start and the end of the run, to compare what it retains.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BENCH_ARTICLE_ID, quantile } from './bench-mock.ts';
import { CALIBRATION_CALLS, CONNECTIONS, type LoadResult, loadSection } from './load-report.ts';
import type { LoadServerStats } from './load-server.ts';
import type { BenchSection } from './stats.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WINDOW = Math.min(10, Math.floor(SECONDS / 3));

interface Target {
  readonly url: string;
  readonly key: string;
  /** Conversations the messages go to (the seed's first five). */
  conversations: readonly string[];
}

type Step = (t: Target, n: number) => Promise<number>;

/** A step of one GET. */
const get =
  (path: (n: number) => string): Step =>
  async (t, n) => {
    await request(t, 'GET', path(n));
    return 1;
  };

async function request(
  t: Target,
  method: string,
  path: string,
  body?: unknown,
  idempotent = false,
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${t.key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotent) headers['Idempotency-Key'] = `load-${crypto.randomUUID()}`;
  const response = await fetch(`${t.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  // Every call of the mix should succeed; a refusal is counted as a failure of the run.
  if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
}

const WORDS = ['refund', 'order', 'shipping', 'tent', 'return', 'invoice', 'delay', 'thanks', 'size', 'colour'];

/** A workspace search for one of the words the messages use. */
const search = get((n) => `/api/v1/search?q=${WORDS[n % WORDS.length]}`);

/** What the run's writes left behind: messages kept, idempotency records made. */
const counts = { messages: 0, idempotentWrites: 0 };

/** A new message in one of the conversations; kept, as the real server keeps it. */
async function postMessage(t: Target, n: number, idempotent: boolean): Promise<number> {
  const body = { body: `Load message ${n}: the ${WORDS[n % WORDS.length]} of order ${n % 997} — ${WORDS[(n * 7) % WORDS.length]}.` };
  await request(t, 'POST', `/api/v1/conversations/${t.conversations[n % t.conversations.length]}/messages`, body, idempotent);
  counts.messages += 1;
  if (idempotent) counts.idempotentWrites += 1;
  return 1;
}

/** A tag created (with an Idempotency-Key) and deleted again: no data stays. */
async function tagPair(t: Target, n: number): Promise<number> {
  const created = await request(t, 'POST', '/api/v1/tags', { name: `load ${n}` }, true);
  counts.idempotentWrites += 1;
  const id = (created.json as { id?: string } | undefined)?.id;
  if (id) await request(t, 'DELETE', `/api/v1/tags/${id}`);
  return id ? 2 : 1;
}

/** The mix: weight and one step each; a step returns how many requests it made. */
const MIX: [number, Step][] = [
  [25, get(() => '/api/v1/kb/articles?limit=25')],
  [15, get(() => `/api/v1/kb/articles/${BENCH_ARTICLE_ID}`)],
  [15, search],
  [10, get(() => '/api/v1/conversations?limit=25')],
  [5, get(() => '/api/v1/contacts?limit=25')],
  [20, (t, n) => postMessage(t, n, true)],
  [10, tagPair],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [w]) => sum + w, 0);

function pick(n: number): Step {
  let r = (n * 7919) % TOTAL_WEIGHT;
  for (const [weight, step] of MIX) {
    if (r < weight) return step;
    r -= weight;
  }
  return MIX[0]![1];
}

/** The server's RSS and its heap right after a full GC (one request at a time: replies are not tagged). */
let pending: Promise<unknown> = Promise.resolve();
function statsOf(child: ChildProcess): Promise<LoadServerStats> {
  const next = pending.then(async () => {
    child.send('stats');
    const [message] = (await once(child, 'message')) as [LoadServerStats];
    return message;
  });
  pending = next.catch(() => undefined);
  return next;
}

/** With `LOAD_HEAP_SNAPSHOTS=dir`, the server writes a heap snapshot there (for finding what grows). */
async function snapshot(child: ChildProcess): Promise<void> {
  if (!process.env.LOAD_HEAP_SNAPSHOTS) return;
  const next = pending.then(async () => {
    child.send('snapshot');
    await once(child, 'message');
  });
  pending = next.catch(() => undefined);
  await next;
}

/**
 * Heap bytes per call of `step` over {@link CALIBRATION_CALLS} calls, GC'd before and after;
 * one connection at a time so nothing is in flight at either measurement.
 */
async function heapPerCall(child: ChildProcess, target: Target, step: Step, settle?: Step): Promise<number | null> {
  const before = (await statsOf(child)).heapAfterGc;
  for (let i = 0; i < CALIBRATION_CALLS; i++) await step(target, 1_000_000 + i);
  if (settle) for (let i = 0; i < WORDS.length; i++) await settle(target, i);
  const after = (await statsOf(child)).heapAfterGc;
  return before === null || after === null ? null : (after - before) / CALIBRATION_CALLS;
}

/** Runs the load and measures per-second throughput, latency and the server's memory. */
export async function measureLoad(): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./load-server.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // --expose-gc: the server reports the heap it retains after a full GC, not its uncollected garbage.
    execArgv: [...process.execArgv, '--expose-gc', ...(process.env.LOAD_SERVER_ARGS?.split(' ') ?? [])],
  });
  try {
    const [target] = (await once(child, 'message')) as [Target];
    const listed = await request(target, 'GET', '/api/v1/conversations?limit=5');
    target.conversations = (listed.json as { data: { id: string }[] }).data.map((c) => c.id);
    // Warm-up: compile the validators and JIT the paths, so second 1 is not a cold start.
    for (let i = 0; i < 200; i++) await pick(i)(target, i);
    counts.messages = 0;
    counts.idempotentWrites = 0;
    const start = await statsOf(child);
    await snapshot(child);
    const perSecond = new Array<number>(SECONDS).fill(0);
    const latencies: number[][] = Array.from({ length: SECONDS }, () => []);
    const started = performance.now();
    const end = started + SECONDS * 1000;
    let counter = 1000;
    let failures = 0;
    // The middle sample is taken while the load runs (a GC pause of the server there costs a few ms of throughput).
    let mid: LoadServerStats | undefined;
    let midCounts = { ...counts };
    const midTimer = setTimeout(
      () => {
        midCounts = { ...counts };
        void statsOf(child).then((s) => (mid = s));
      },
      (SECONDS * 1000) / 2,
    );
    const worker = async (): Promise<void> => {
      while (performance.now() < end) {
        const n = counter++;
        const t = performance.now();
        try {
          const count = await pick(n)(target, n);
          const second = Math.floor((performance.now() - started) / 1000);
          if (second < SECONDS) {
            perSecond[second] = (perSecond[second] ?? 0) + count;
            latencies[second]?.push((performance.now() - t) / count);
          }
        } catch (error) {
          if (failures++ === 0) console.error(`load: first failure: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    clearTimeout(midTimer);
    const messages = counts.messages;
    const idempotentWrites = counts.idempotentWrites;
    const last = await statsOf(child);
    await snapshot(child);
    const middle = mid ?? last;
    // What the data and the idempotency records cost, measured by the same calls in isolation:
    // messages without an Idempotency-Key; tag create + delete pairs (no data left) with one.
    // (The searches after the messages bring the search index up to date with them, as in the run.)
    const bytesPerMessage = await heapPerCall(child, target, (t, n) => postMessage(t, n, false), search);
    const bytesPerIdempotencyRecord = await heapPerCall(child, target, tagPair);
    const rate = (from: number, to: number) => perSecond.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    const window = (from: number, to: number) => {
      const values = latencies.slice(from, to).flat();
      return { rate: rate(from, to), p50: quantile(values, 0.5), p99: quantile(values, 0.99) };
    };
    const heap = start.heapAfterGc !== null && middle.heapAfterGc !== null && last.heapAfterGc !== null;
    return {
      seconds: SECONDS,
      window: WINDOW,
      perSecond,
      first: window(0, WINDOW),
      last: window(SECONDS - WINDOW, SECONDS),
      p99All: quantile(latencies.flat(), 0.99),
      failures,
      messages,
      idempotentWrites,
      middleCounts: midCounts,
      rss: [start.rss, middle.rss, last.rss],
      heap: heap ? [start.heapAfterGc as number, middle.heapAfterGc as number, last.heapAfterGc as number] : null,
      bytesPerMessage,
      bytesPerIdempotencyRecord,
    };
  } finally {
    child.send('stop');
    await Promise.race([once(child, 'exit'), new Promise((done) => setTimeout(done, 5000))]);
    if (child.exitCode === null) child.kill();
  }
}

/** Runs the load and renders its section. */
export async function runLoadBench(): Promise<BenchSection> {
  return loadSection(await measureLoad());
}
