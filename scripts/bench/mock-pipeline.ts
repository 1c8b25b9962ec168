/**
 * What the mock's rule pipeline costs per request over a bare msw handler: the same GET through
 * msw's `setupServer` answered by `createAtenderMock().handlers` (eleven rules, store lookup,
 * answer checked against the spec) and by one `http.get` returning a fixed copy of the same JSON.
 * `mock.handle(request)` shows the pipeline alone, without msw's interception.
 */
import { BASE_URLS } from '@atender/contract';
import { createAtenderMock } from '@atender/mock';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { addBenchKey, BENCH_ARTICLE_PATH, BENCH_MOCK_OPTIONS, quantile, ratio, timeCalls } from './bench-mock.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

/** Sequential requests per sample. */
const REQUESTS = 300;
const SAMPLES = 9;

type Variant = 'bare msw handler' | 'Atender mock via msw' | 'mock.handle(request)';

const URL_OF_ARTICLE = `${BASE_URLS.sandbox}${BENCH_ARTICLE_PATH}`;

/** Fails the run on a non-200: an error answer takes a shorter path and would flatter the mock. */
async function readOk(response: Response, who: string): Promise<void> {
  await response.json();
  if (response.status !== 200) throw new Error(`${who} answered ${response.status}`);
}

/**
 * Runs the comparison in one msw server whose handlers are swapped before each batch (two
 * servers cannot intercept `fetch` at once), after one warm-up batch per variant.
 */
export async function runMockPipelineBench(): Promise<BenchSection> {
  const mock = createAtenderMock(BENCH_MOCK_OPTIONS);
  const headers = { Authorization: `Bearer ${addBenchKey(mock)}` };
  const request = () => new Request(URL_OF_ARTICLE, { headers });
  // The bare handler answers the mock's own body, so both serialize the same bytes.
  const article: unknown = await (await mock.handle(request())).json();
  const bare: HttpHandler[] = [http.get(`${BASE_URLS.sandbox}/api/v1/kb/articles/:articleId`, () => HttpResponse.json(article as object))];
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const viaMsw = (who: string) => async () => {
      await readOk(await fetch(URL_OF_ARTICLE, { headers }), who);
    };
    const calls: Record<Variant, { handlers: HttpHandler[]; call: () => Promise<void> }> = {
      'bare msw handler': { handlers: bare, call: viaMsw('bare msw') },
      'Atender mock via msw': { handlers: mock.handlers, call: viaMsw('mock via msw') },
      'mock.handle(request)': { handlers: [], call: async () => readOk(await mock.handle(request()), 'mock.handle') },
    };
    const names = Object.keys(calls) as Variant[];
    const perRequest = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Variant, number[]>;
    const batch = (name: Variant, into: number[], count: number) => {
      server.resetHandlers(...calls[name].handlers);
      return timeCalls(calls[name].call, count, into);
    };
    for (const name of names) await batch(name, [], 50);
    await interleave(
      Object.fromEntries(names.map((n) => [n, () => batch(n, perRequest[n], REQUESTS)])) as Record<Variant, () => Promise<number>>,
      SAMPLES,
    );
    const us = (name: Variant) => median(perRequest[name]) * 1000;
    const base = us('bare msw handler');
    const rows = names.map((name) => [
      name,
      fmt(us(name), 0),
      fmt(quantile(perRequest[name], 0.9) * 1000, 0),
      fmt(us(name) - base, 0),
      ratio(us(name), base),
    ]);
    return {
      title: 'Mock pipeline vs bare msw',
      method:
        `${REQUESTS} sequential \`GET ${URL_OF_ARTICLE}\` per batch, ${SAMPLES} interleaved batches per variant after a warm-up, in one process: ` +
        "`fetch` intercepted by msw's `setupServer` and answered by the Atender mock's handlers or by a bare `http.get` returning the same JSON; " +
        'and `mock.handle(request)` called directly. Each request reads the whole JSON body.',
      columns: ['path', 'median µs/request', 'p90 µs/request', 'vs bare msw µs', 'ratio vs bare msw'],
      rows,
      notes: [
        'The difference between the first two rows is the mock: credential lookup, allow-lists, visibility, scope, rate-limit accounting, validation of the request and of its own answer against the spec, and the headers every answer carries.',
      ],
    };
  } finally {
    server.close();
  }
}
