/**
 * Throughput over a real socket: every client GETs the same article from a minimal `node:http`
 * server on 127.0.0.1 in a child process (so the server's work does not share the client's
 * event loop), sequentially and with 64 calls in flight. Reported as req/s and as a ratio to
 * raw fetch; rounds interleaved, medians.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { ANCHOR_BODY, type AnchorName, anchorCalls, anchorHeaders } from './client-anchors.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

const SEQUENTIAL_CALLS = Number(process.env.BENCH_LOOPBACK_CALLS ?? 400);
const CONCURRENT_CALLS = Number(process.env.BENCH_LOOPBACK_CONCURRENT_CALLS ?? 1280);
const CONCURRENCY = 64;
const ROUNDS = Number(process.env.BENCH_LOOPBACK_ROUNDS ?? 5);

/** The server: fixed answer, the API's headers, keep-alive; prints its port. */
const SERVER = `
import http from 'node:http';
const body = ${JSON.stringify(ANCHOR_BODY)};
const headersOf = ${anchorHeaders.toString()};
let served = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, headersOf(++served)); res.end(body); });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await Promise.race([
    once(child.stdout!, 'data'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('loopback server did not start in 10 s')), 10_000)),
  ])) as [Buffer];
  return { url: `http://127.0.0.1:${chunk.toString().trim()}`, child };
}

async function sequential(call: () => Promise<void>, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call();
  return calls / ((performance.now() - started) / 1000);
}

async function concurrent(call: () => Promise<void>, calls: number): Promise<number> {
  let left = calls;
  const worker = async () => {
    while (left > 0) {
      left--;
      await call();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return calls / ((performance.now() - started) / 1000);
}

export interface LoopbackResult {
  readonly sequential: Record<AnchorName, number>;
  readonly concurrent: Record<AnchorName, number>;
}

/** Median req/s of every client, sequential and 64 in flight. */
export async function measureLoopback(): Promise<LoopbackResult> {
  const server = await startServer();
  try {
    const calls = anchorCalls(server.url, (input, init) => fetch(input, init));
    const names = Object.keys(calls) as AnchorName[];
    for (const name of names) await sequential(calls[name], 50);
    const pick = (run: (call: () => Promise<void>) => Promise<number>) =>
      Object.fromEntries(names.map((n) => [n, () => run(calls[n])])) as Record<AnchorName, () => Promise<number>>;
    const seq = await interleave(
      pick((c) => sequential(c, SEQUENTIAL_CALLS)),
      ROUNDS,
    );
    const conc = await interleave(
      pick((c) => concurrent(c, CONCURRENT_CALLS)),
      ROUNDS,
    );
    const med = (r: Record<AnchorName, number[]>) => Object.fromEntries(names.map((n) => [n, median(r[n])])) as Record<AnchorName, number>;
    return { sequential: med(seq), concurrent: med(conc) };
  } finally {
    server.child.stdin?.end();
    server.child.kill();
  }
}

export function loopbackSection(result: LoopbackResult): BenchSection {
  const names = Object.keys(result.sequential) as AnchorName[];
  const rawSeq = result.sequential['raw fetch'];
  const rawConc = result.concurrent['raw fetch'];
  return {
    title: 'Throughput over loopback (sequential and 64 concurrent)',
    method:
      `A minimal node:http server in a child process answers every GET with the same article; ${SEQUENTIAL_CALLS} sequential calls and ` +
      `${CONCURRENT_CALLS} calls with ${CONCURRENCY} in flight per round, ${ROUNDS} interleaved rounds, medians. Every client uses Node's fetch (undici, keep-alive).`,
    columns: ['client', 'sequential req/s', 'ratio vs raw', `${CONCURRENCY} concurrent req/s`, 'ratio vs raw'],
    rows: names.map((n) => [
      n,
      fmt(result.sequential[n], 0),
      fmt(result.sequential[n] / rawSeq, 2),
      fmt(result.concurrent[n], 0),
      fmt(result.concurrent[n] / rawConc, 2),
    ]),
  };
}
