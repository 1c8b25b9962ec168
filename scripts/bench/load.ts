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
import type { LoadServerStats } from './load-server.ts';
import { type BenchSection, fmt } from './stats.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 20;
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

/** What a run measured; {@link loadSection} renders it, {@link loadTargets} judges it. */
export interface LoadResult {
  readonly seconds: number;
  readonly window: number;
  readonly perSecond: readonly number[];
  readonly first: { readonly rate: number; readonly p50: number; readonly p99: number };
  readonly last: { readonly rate: number; readonly p50: number; readonly p99: number };
  readonly p99All: number;
  readonly failures: number;
  readonly messages: number;
  readonly idempotentWrites: number;
  /** Start / middle / end of the run. */
  readonly rss: readonly [number, number, number];
  readonly heap: readonly [number, number, number] | null;
  /** Calibrated after the run: heap bytes the server keeps per message and per idempotency record. */
  readonly bytesPerMessage: number | null;
  readonly bytesPerIdempotencyRecord: number | null;
}

/** Heap growth (start → end) minus what the created messages and the idempotency records account for. */
export function unexplainedGrowth(r: LoadResult): number | null {
  if (!r.heap || r.bytesPerMessage === null || r.bytesPerIdempotencyRecord === null) return null;
  return r.heap[2] - r.heap[0] - r.messages * r.bytesPerMessage - r.idempotentWrites * r.bytesPerIdempotencyRecord;
}

const CALIBRATION_CALLS = 2000;

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
    const midTimer = setTimeout(() => void statsOf(child).then((s) => (mid = s)), (SECONDS * 1000) / 2);
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

const MB = 1024 * 1024;
const mb = (bytes: number) => fmt(bytes / MB, 1);

/** Unexplained heap growth allowed over the run: what a plateau means here. */
export const PLATEAU_SLACK_BYTES = 2 * MB;

/** The verdicts: throughput kept, and memory beyond the data and the 24 h idempotency records flat. */
export function loadTargets(r: LoadResult): {
  throughputKept: number;
  throughputMet: boolean;
  unexplained: number | null;
  memoryMet: boolean | undefined;
} {
  const throughputKept = r.last.rate / r.first.rate;
  const unexplained = unexplainedGrowth(r);
  return {
    throughputKept,
    throughputMet: throughputKept >= 0.75 && r.failures === 0,
    unexplained,
    memoryMet: unexplained === null ? undefined : unexplained <= PLATEAU_SLACK_BYTES,
  };
}

/** The report section of a run. */
export function loadSection(r: LoadResult): BenchSection {
  const v = loadTargets(r);
  const met = (ok: boolean | undefined) => (ok === undefined ? '(not measured)' : ok ? '(met)' : '(NOT met)');
  const triple = (values: readonly [number, number, number]) => values.map(mb).join(' / ');
  const w = r.window;
  return {
    title: `Load: ${r.seconds} s mixed run on atender-mock serve, ${CONNECTIONS} connections`,
    method:
      `${CONNECTIONS} concurrent keep-alive connections against the sandbox HTTP server (a separate process, started with --expose-gc) for ${r.seconds} s after 200 warm-up calls; ` +
      'mix by weight: 25 article lists, 15 article gets, 15 workspace searches, 10 conversation lists, 5 contact lists, 20 new conversation messages, 10 tag create + delete pairs; writes carry an Idempotency-Key. ' +
      `Throughput, p50 and p99 over the first and last ${w} s. Memory: the server's RSS, and its heap in use plus array buffers right after a full GC (what it retains), at the start, middle and end. ` +
      'The data grows on purpose (every new message is kept, as the real server keeps it) and so do the idempotency records (kept 24 h by contract, at most 50,000 of them): ' +
      `after the run, ${CALIBRATION_CALLS} messages without an Idempotency-Key and ${CALIBRATION_CALLS} tag create + delete pairs with one measure what each costs, ` +
      `and memory counts as flat when the heap grew by at most ${mb(PLATEAU_SLACK_BYTES)} MB beyond those.`,
    columns: ['measure', 'value'],
    rows: [
      [`req/s, first ${w} s`, fmt(r.first.rate, 0)],
      [`req/s, last ${w} s`, fmt(r.last.rate, 0)],
      ['last / first (target ≥ 0.75, no failures)', `${fmt(v.throughputKept, 2)} ${met(v.throughputMet)}`],
      [`p50 ms, first / last ${w} s`, `${fmt(r.first.p50, 1)} / ${fmt(r.last.p50, 1)}`],
      [`p99 ms, first / last ${w} s`, `${fmt(r.first.p99, 1)} / ${fmt(r.last.p99, 1)}`],
      ['p99 ms, whole run', fmt(r.p99All, 1)],
      ['server RSS MB: start / middle / end', triple(r.rss)],
      ['server heap + array buffers after GC MB: start / middle / end', r.heap ? triple(r.heap) : 'n/a (no --expose-gc)'],
      ['messages created; heap bytes per message', `${r.messages}; ${r.bytesPerMessage === null ? 'n/a' : fmt(r.bytesPerMessage, 0)}`],
      [
        'writes with an Idempotency-Key; heap bytes per record',
        `${r.idempotentWrites}; ${r.bytesPerIdempotencyRecord === null ? 'n/a' : fmt(r.bytesPerIdempotencyRecord, 0)}`,
      ],
      [
        `heap growth beyond messages and idempotency records MB (target ≤ ${mb(PLATEAU_SLACK_BYTES)})`,
        `${v.unexplained === null ? 'n/a' : mb(v.unexplained)} ${met(v.memoryMet)}`,
      ],
      ['requests, failures', `${r.perSecond.reduce((a, b) => a + b, 0)}, ${r.failures}`],
    ],
    notes: [
      'Nothing else the server keeps grows with the run: rate-limit windows end and are swept, usage is per key and day, the webhook delivery log is capped per endpoint; search and lists cost the same however many messages exist.',
      `req/s per second: ${r.perSecond.join(' ')}`,
    ],
  };
}

/** Runs the load and renders its section. */
export async function runLoadBench(): Promise<BenchSection> {
  return loadSection(await measureLoad());
}
