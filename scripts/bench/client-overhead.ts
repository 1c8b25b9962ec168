/**
 * What the SDK costs per call over openapi-fetch and over a bare `fetch`: the same sequential
 * GETs of one article against the mock's sandbox HTTP server on loopback, so every client pays
 * the same socket, server and pipeline cost and only the client-side work differs.
 */
import type { paths } from '@atender/contract';
import { startMockServer } from '@atender/mock/node';
import { createAtenderClient } from '@atender/sdk';
import createClient from 'openapi-fetch';
import { addBenchKey, BENCH_ARTICLE_ID, BENCH_ARTICLE_PATH, BENCH_MOCK_OPTIONS, quantile, ratio, timeCalls } from './bench-mock.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

/** Sequential calls per sample. */
const CALLS = 300;
const SAMPLES = 7;

type Variant = 'raw fetch' | 'openapi-fetch' | 'SDK, pacing off' | 'SDK, pacing on';

/** Every variant reads the whole JSON body: a client that skipped it would look cheaper than it is. */
function variants(baseUrl: string, key: string): Record<Variant, () => Promise<void>> {
  const headers = { Authorization: `Bearer ${key}` };
  const params = { path: { articleId: BENCH_ARTICLE_ID } };
  const plain = createClient<paths>({ baseUrl, headers });
  // Defaults otherwise (retries, Idempotency-Key, hooks off): the cost a user gets out of the box.
  const sdk = createAtenderClient({ apiKey: key, baseUrl, pacing: false });
  const paced = createAtenderClient({ apiKey: key, baseUrl, pacing: true });
  const expectOk = (status: number, who: string) => {
    if (status !== 200) throw new Error(`${who} got ${status}: a benchmark of errors measures nothing`);
  };
  return {
    'raw fetch': async () => {
      const response = await fetch(`${baseUrl}${BENCH_ARTICLE_PATH}`, { headers });
      await response.json();
      expectOk(response.status, 'raw fetch');
    },
    'openapi-fetch': async () => {
      const { response } = await plain.GET('/api/v1/kb/articles/{articleId}', { params });
      expectOk(response.status, 'openapi-fetch');
    },
    'SDK, pacing off': async () => {
      const { response } = await sdk.GET('/api/v1/kb/articles/{articleId}', { params });
      expectOk(response.status, 'SDK');
    },
    'SDK, pacing on': async () => {
      const { response } = await paced.GET('/api/v1/kb/articles/{articleId}', { params });
      expectOk(response.status, 'SDK (paced)');
    },
  };
}

/**
 * Runs the comparison: one warm-up batch per client (JIT, keep-alive sockets, the pacer's
 * first answer), then {@link SAMPLES} interleaved batches of {@link CALLS} calls each.
 */
export async function runClientOverheadBench(): Promise<BenchSection> {
  const server = await startMockServer({ port: 0, productionPort: 0, mockOptions: BENCH_MOCK_OPTIONS });
  try {
    const calls = variants(server.sandboxUrl, addBenchKey(server.mock));
    const names = Object.keys(calls) as Variant[];
    const perCall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Variant, number[]>;
    for (const name of names) await timeCalls(calls[name], 50, []);
    const batches = await interleave(
      Object.fromEntries(names.map((n) => [n, () => timeCalls(calls[n], CALLS, perCall[n])])) as Record<Variant, () => Promise<number>>,
      SAMPLES,
    );
    const base = median(perCall['raw fetch']);
    const rows = names.map((name) => {
      const m = median(perCall[name]);
      return [
        name,
        fmt(m, 3),
        fmt(quantile(perCall[name], 0.9), 3),
        fmt(median(batches[name]), 3),
        fmt((m - base) * 1000, 0),
        ratio(m, base),
      ];
    });
    return {
      title: 'Client overhead: SDK vs openapi-fetch vs raw fetch',
      method:
        `${CALLS} sequential \`GET ${BENCH_ARTICLE_PATH.replace(BENCH_ARTICLE_ID, '{articleId}')}\` per batch against the mock's sandbox HTTP server on 127.0.0.1 ` +
        `(same process, keep-alive), ${SAMPLES} interleaved batches per client after a warm-up; every client parses the JSON body. ` +
        'The key is on a tier no run can spend, so no call is answered 429.',
      columns: ['client', 'median ms/call', 'p90 ms/call', 'median of batch means ms', 'overhead vs raw µs', 'ratio vs raw fetch'],
      rows,
      notes: [
        'Server, socket and mock pipeline are the same for every row, so the differences are client-side work: openapi-fetch builds the URL and parses; the SDK adds ky, the retry loop, redaction and typed-error plumbing, and the pacer when on.',
      ],
    };
  } finally {
    await server.close();
  }
}
