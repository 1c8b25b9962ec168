/**
 * The clients the per-call benchmarks compare, built the same way for a stub `fetch` (no I/O)
 * and for a real loopback server: raw fetch, openapi-fetch, the naive openapi-fetch + ky
 * composition, openai-node, and our SDK (pacing off and on). Each one makes the same GET of one
 * article and reads its whole JSON body, and each checks the status, so none looks cheaper by
 * skipping work or by failing.
 */
import type { paths } from '@atender/contract';
import { createAtenderClient } from '@atender/sdk';
import ky from 'ky';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';

/** The article every variant fetches (the path is what matters; a stub answers any id). */
export const ANCHOR_ARTICLE_ID = 'art_acmeS03';
export const ANCHOR_PATH = `/api/v1/kb/articles/${ANCHOR_ARTICLE_ID}`;

/** A well-formed sandbox key; the stub and the loopback server accept any bearer. */
export const ANCHOR_KEY = `sa_test_${'b'.repeat(32)}`;

export type AnchorName =
  | 'raw fetch'
  | 'openapi-fetch'
  | 'openapi-fetch + ky (naive)'
  | 'openai-node'
  | 'SDK, pacing off'
  | 'SDK, pacing on';

/** A fetch as every variant receives it. */
export type AnchorFetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

const expectOk = (status: number, who: string): void => {
  if (status !== 200) throw new Error(`${who} got ${status}: a benchmark of errors measures nothing`);
};

/** One call per variant, all against `baseUrl` through `fetchImpl`. */
export function anchorCalls(baseUrl: string, fetchImpl: AnchorFetch): Record<AnchorName, () => Promise<void>> {
  const headers = { Authorization: `Bearer ${ANCHOR_KEY}` };
  const params = { path: { articleId: ANCHOR_ARTICLE_ID } };
  const plain = createClient<paths>({ baseUrl, headers, fetch: fetchImpl });
  // The naive composition: ky (its defaults: 2 retries, 10 s timeout) as openapi-fetch's fetch;
  // HTTP errors returned, not thrown, so openapi-fetch sees them as it would without ky.
  const kyInstance = ky.create({ fetch: fetchImpl, throwHttpErrors: false });
  const composed = createClient<paths>({ baseUrl, headers, fetch: (request: Request) => kyInstance(request) });
  const openai = new OpenAI({ apiKey: 'sk-bench', baseURL: baseUrl, fetch: fetchImpl, maxRetries: 2 });
  // Defaults otherwise (retries, timeouts, Idempotency-Key, redaction): the cost a user gets out of the box.
  const sdk = createAtenderClient({ apiKey: ANCHOR_KEY, baseUrl, pacing: false, fetch: fetchImpl });
  const paced = createAtenderClient({ apiKey: ANCHOR_KEY, baseUrl, pacing: true, fetch: fetchImpl });
  return {
    'raw fetch': async () => {
      const response = await fetchImpl(`${baseUrl}${ANCHOR_PATH}`, { headers });
      await response.json();
      expectOk(response.status, 'raw fetch');
    },
    'openapi-fetch': async () => {
      const { response } = await plain.GET('/api/v1/kb/articles/{articleId}', { params });
      expectOk(response.status, 'openapi-fetch');
    },
    'openapi-fetch + ky (naive)': async () => {
      const { response } = await composed.GET('/api/v1/kb/articles/{articleId}', { params });
      expectOk(response.status, 'openapi-fetch + ky');
    },
    'openai-node': async () => {
      const { response } = await openai.get(ANCHOR_PATH).withResponse();
      expectOk(response.status, 'openai-node');
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

/** The answer both the stub and the loopback server give: a spec-shaped article and the API's headers. */
export const ANCHOR_BODY = JSON.stringify({
  id: ANCHOR_ARTICLE_ID,
  title: 'Resetting your password',
  body: 'Open Settings → Security and choose "Reset password". '.repeat(8),
  status: 'published',
  tags: ['account', 'security'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
});

/** Response headers of every answer; a budget no run can spend, so the pacer never waits. */
export function anchorHeaders(requestNumber: number): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-request-id': `req_bench${requestNumber}`,
    'ratelimit-policy': '"minute";q=1000000000;w=60',
    ratelimit: `"minute";r=${1_000_000_000 - requestNumber};t=60`,
  };
}
