/**
 * What the load benchmark measured, judged against its targets and rendered for bench/report.md:
 * throughput and latency kept over the run, and the server's memory beyond its data.
 */
import { type BenchSection, fmt } from './stats.ts';

/** Concurrent connections of the run. */
export const CONNECTIONS = 20;
/** Calls of each calibration after the run (messages; tag create + delete pairs). */
export const CALIBRATION_CALLS = 2000;

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
  /** The same counts when the middle sample was taken. */
  readonly middleCounts: { readonly messages: number; readonly idempotentWrites: number };
  /** Start / middle / end of the run. */
  readonly rss: readonly [number, number, number];
  readonly heap: readonly [number, number, number] | null;
  /** Calibrated after the run: heap bytes the server keeps per message and per idempotency record. */
  readonly bytesPerMessage: number | null;
  readonly bytesPerIdempotencyRecord: number | null;
}

/** Heap growth from the start to the end (or the middle) minus what the messages and idempotency records made by then account for. */
export function unexplainedGrowth(r: LoadResult, at: 'middle' | 'end' = 'end'): number | null {
  if (!r.heap || r.bytesPerMessage === null || r.bytesPerIdempotencyRecord === null) return null;
  const made = at === 'end' ? r : r.middleCounts;
  const heap = at === 'end' ? r.heap[2] : r.heap[1];
  return heap - r.heap[0] - made.messages * r.bytesPerMessage - made.idempotentWrites * r.bytesPerIdempotencyRecord;
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
      'The data grows on purpose (every new message is kept, as the real server keeps it) and so do the idempotency records (kept 24 h by contract; being in memory, the mock keeps at most 50,000 keys and 32 MiB of answers): ' +
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
        `heap growth since the start beyond messages and idempotency records MB (target at the end ≤ ${mb(PLATEAU_SLACK_BYTES)})`,
        `${v.unexplained === null ? 'n/a' : `middle ${mb(unexplainedGrowth(r, 'middle') ?? 0)}, end ${mb(v.unexplained)}`} ${met(v.memoryMet)}`,
      ],
      ['requests, failures', `${r.perSecond.reduce((a, b) => a + b, 0)}, ${r.failures}`],
    ],
    notes: [
      'What else the server keeps is bounded by a rule, not by the run: rate-limit windows end and are swept, key usage is kept per key and UTC day for 30 days, the webhook delivery log holds at most 500 per endpoint (this mix emits no delivery: no seeded endpoint subscribes to message.created).',
      "Search keeps each conversation's words and snippet text up to date as messages arrive (property-tested against the per-request computation) and cuts snippets for the answered page only; lists hand out the stored records without copying the collection. So neither slows down as the messages accumulate.",
      `req/s per second: ${r.perSecond.join(' ')}`,
    ],
  };
}
