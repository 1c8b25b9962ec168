/**
 * CPU per call with no I/O: every client calls a stub `fetch` that answers at once with a fixed
 * article, so what is left is each client's own work (URL and header building, Request
 * construction, retries/timeout plumbing, parsing). Reported as extra µs per call over the raw
 * stub call.
 */
import { ANCHOR_BODY, type AnchorFetch, type AnchorName, anchorCalls, anchorHeaders } from './client-anchors.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

const CALLS = Number(process.env.BENCH_STUB_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_STUB_ROUNDS ?? 7);

/** Answers every request at once; the Response is built per call, as a real fetch would. */
function stubFetch(): AnchorFetch {
  let served = 0;
  return async () => new Response(ANCHOR_BODY, { status: 200, headers: anchorHeaders(++served) });
}

/** Mean µs per call of `calls` sequential calls. */
async function roundOf(call: () => Promise<void>, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call();
  return ((performance.now() - started) * 1000) / calls;
}

/** Median µs per call of each variant, rounds interleaved. */
export async function measureStubCalls(): Promise<Record<AnchorName, number>> {
  const calls = anchorCalls('https://sandbox.atender.io', stubFetch());
  const names = Object.keys(calls) as AnchorName[];
  // Warm-up: JIT, and the pacer's first answer.
  for (const name of names) await roundOf(calls[name], 300);
  const rounds = await interleave(
    Object.fromEntries(names.map((n) => [n, () => roundOf(calls[n], CALLS)])) as Record<AnchorName, () => Promise<number>>,
    ROUNDS,
  );
  return Object.fromEntries(names.map((n) => [n, median(rounds[n])])) as Record<AnchorName, number>;
}

/** Extra µs per call over the raw stub call. */
export function extraOverRaw(perCall: Record<AnchorName, number>): Record<AnchorName, number> {
  const raw = perCall['raw fetch'];
  return Object.fromEntries(Object.entries(perCall).map(([n, v]) => [n, v - raw])) as Record<AnchorName, number>;
}

export function stubSection(perCall: Record<AnchorName, number>): BenchSection {
  const extra = extraOverRaw(perCall);
  return {
    title: 'Per-call CPU with a stub fetch (no I/O)',
    method:
      `Each client makes ${CALLS} sequential GETs of one article through a stub \`fetch\` that answers at once (a new Response per call); ` +
      `${ROUNDS} interleaved rounds, median of the per-round means.`,
    columns: ['client', 'µs/call', 'extra µs over raw'],
    rows: (Object.keys(perCall) as AnchorName[]).map((n) => [n, fmt(perCall[n], 1), fmt(extra[n], 1)]),
  };
}
