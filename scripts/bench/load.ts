/**
 * A 60 s mixed load on `atender-mock serve` over real HTTP: 20 connections, each sending one
 * request after another — lists, get-by-id, workspace search, conversation lists, new messages
 * (so the data grows as it would), tags created and deleted, all writes with an Idempotency-Key
 * as the SDK sends them. Throughput per second, latency and the server's RSS are recorded; the
 * target is last-10-s throughput within 25% of the first 10 s, and memory that plateaus.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BENCH_ARTICLE_ID, quantile } from './bench-mock.ts';
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

/** The mix: weight and one step each; a step returns how many requests it made. */
const MIX: [number, Step][] = [
  [25, get(() => '/api/v1/kb/articles?limit=25')],
  [15, get(() => `/api/v1/kb/articles/${BENCH_ARTICLE_ID}`)],
  [15, get((n) => `/api/v1/search?q=${WORDS[n % WORDS.length]}`)],
  [10, get(() => '/api/v1/conversations?limit=25')],
  [5, get(() => '/api/v1/contacts?limit=25')],
  [
    20,
    async (t, n) => {
      const body = { body: `Load message ${n}: the ${WORDS[n % WORDS.length]} of order ${n % 997} — ${WORDS[(n * 7) % WORDS.length]}.` };
      await request(t, 'POST', `/api/v1/conversations/${t.conversations[n % t.conversations.length]}/messages`, body, true);
      return 1;
    },
  ],
  [
    10,
    async (t, n) => {
      const created = await request(t, 'POST', '/api/v1/tags', { name: `load ${n}` }, true);
      const id = (created.json as { id?: string } | undefined)?.id;
      if (id) await request(t, 'DELETE', `/api/v1/tags/${id}`);
      return id ? 2 : 1;
    },
  ],
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

async function rssOf(child: ChildProcess): Promise<number> {
  child.send('rss');
  const [message] = (await once(child, 'message')) as [{ rss: number }];
  return message.rss;
}

/** Runs the load and reports per-second throughput, latency and the server's RSS. */
export async function runLoadBench(): Promise<BenchSection> {
  const child = fork(fileURLToPath(new URL('./load-server.ts', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const [target] = (await once(child, 'message')) as [Target];
    const listed = await request(target, 'GET', '/api/v1/conversations?limit=5');
    target.conversations = (listed.json as { data: { id: string }[] }).data.map((c) => c.id);
    // Warm-up: compile the validators and JIT the paths, so second 1 is not a cold start.
    for (let i = 0; i < 200; i++) await pick(i)(target, i);
    const rssStart = await rssOf(child);
    const perSecond = new Array<number>(SECONDS).fill(0);
    const latencies: number[][] = Array.from({ length: SECONDS }, () => []);
    const rss: number[] = [];
    const started = performance.now();
    const end = started + SECONDS * 1000;
    let counter = 1000;
    let failures = 0;
    const sampler = setInterval(() => void rssOf(child).then((value) => rss.push(value)), 5000);
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
    clearInterval(sampler);
    const rssEnd = await rssOf(child);
    const rate = (from: number, to: number) => perSecond.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    const first = rate(0, WINDOW);
    const last = rate(SECONDS - WINDOW, SECONDS);
    const p99 = (from: number, to: number) => quantile(latencies.slice(from, to).flat(), 0.99);
    const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 0);
    const kept = last / first;
    const rssMid = rss[Math.floor(rss.length / 2)] ?? rssEnd;
    return {
      title: `Load: ${SECONDS} s mixed run on atender-mock serve, ${CONNECTIONS} connections`,
      method:
        `${CONNECTIONS} concurrent keep-alive connections against the sandbox HTTP server (a separate process) for ${SECONDS} s after 200 warm-up calls; ` +
        'mix by weight: 25 article lists, 15 article gets, 15 workspace searches, 10 conversation lists, 5 contact lists, 20 new conversation messages, 10 tag create + delete pairs; writes carry an Idempotency-Key. ' +
        `Throughput and p99 over the first and last ${WINDOW} s; RSS of the server process.`,
      columns: ['measure', 'value'],
      rows: [
        [`req/s, first ${WINDOW} s`, fmt(first, 0)],
        [`req/s, last ${WINDOW} s`, fmt(last, 0)],
        ['last / first (target ≥ 0.75)', `${fmt(kept, 2)} ${kept >= 0.75 ? '(met)' : '(NOT met)'}`],
        [`p99 ms, first ${WINDOW} s`, fmt(p99(0, WINDOW), 1)],
        [`p99 ms, last ${WINDOW} s`, fmt(p99(SECONDS - WINDOW, SECONDS), 1)],
        ['p99 ms, whole run', fmt(p99(0, SECONDS), 1)],
        ['server RSS MB: start / middle / end', `${mb(rssStart)} / ${mb(rssMid)} / ${mb(rssEnd)}`],
        ['requests, failures', `${perSecond.reduce((a, b) => a + b, 0)}, ${failures}`],
      ],
      notes: [
        'The data grows during the run (about a fifth of the calls add a message), as a real workload would; search and lists must not slow down with it.',
        `req/s per second: ${perSecond.join(' ')}`,
      ],
    };
  } finally {
    child.send('stop');
    await Promise.race([once(child, 'exit'), new Promise((done) => setTimeout(done, 5000))]);
    if (child.exitCode === null) child.kill();
  }
}
