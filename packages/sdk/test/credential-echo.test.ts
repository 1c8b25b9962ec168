/**
 * A server or proxy that echoes the credential back, in every place a response can carry a
 * string: no piece of the key (8 characters or more) may reach an error or a hook payload.
 */
import { describe, expect, it } from 'vitest';
import { AtenderError, createAtenderClient } from '../src/index.js';
import { assertNoCredentialPiece } from './support/leaks.js';

const KEY = 'sa_test_Q7hV2mK9pX4rT8wZ3nB6cD1fG5jL0sYe';

type Echo = (auth: string) => { status: number; statusText: string; headers: Record<string, string>; body: string };

/** A `fetch` that answers with `echo` of the Authorization header it received. */
function echoingFetch(echo: Echo) {
  return async (request: Request): Promise<Response> => {
    const auth = request.headers.get('authorization') ?? request.headers.get('x-api-key') ?? '';
    const { status, statusText, headers, body } = echo(auth);
    return new Response(body, { status, statusText, headers });
  };
}

const bare = (auth: string) => auth.replace(/^Bearer\s+/i, '');

/** Headers that carry the credential in the name and in the value. */
const echoHeaders = (auth: string): Record<string, string> => ({
  'Content-Type': 'application/problem+json',
  'X-Request-Id': auth,
  'X-Echo': `you sent ${auth}`,
  [`x-${bare(auth)}`]: '1',
  RateLimit: `"${bare(auth)}";r=0;t=1`,
  'WWW-Authenticate': `Bearer realm="${auth}"`,
});

const cases: Array<[string, Echo]> = [
  [
    '429 with window, title, detail, code, requestId and a key',
    (auth) => ({
      status: 429,
      statusText: auth,
      headers: { ...echoHeaders(auth), 'Retry-After': '1' },
      body: JSON.stringify({
        code: auth,
        title: auth,
        detail: `Key ${bare(auth)} is spent`,
        requestId: auth,
        window: bare(auth),
        retryAfterSeconds: 1,
        [bare(auth)]: { [auth]: [auth] },
      }),
    }),
  ],
  [
    '400 with errors[].path and errors[].message',
    (auth) => ({
      status: 400,
      statusText: bare(auth),
      headers: echoHeaders(auth),
      body: JSON.stringify({ code: 'VALIDATION_FAILED', title: 'Bad', errors: [{ path: `/${bare(auth)}`, message: auth }] }),
    }),
  ],
  [
    '403 with INSUFFICIENT_SCOPE',
    (auth) => ({
      status: 403,
      statusText: 'Forbidden',
      headers: echoHeaders(auth),
      body: JSON.stringify({ code: 'INSUFFICIENT_SCOPE', title: auth, requiredScopes: [bare(auth)], grantedScopes: [auth] }),
    }),
  ],
  [
    '502 HTML page, the key cut off by the excerpt',
    (auth) => ({
      status: 502,
      statusText: 'Bad Gateway',
      headers: { ...echoHeaders(auth), 'Content-Type': 'text/html' },
      body: `<html><title>${auth}</title><pre>${'x'.repeat(180)}${bare(auth)}</pre></html>`,
    }),
  ],
  [
    '500 truncated JSON with the key escaped',
    (auth) => ({
      status: 500,
      statusText: 'Internal Server Error',
      headers: echoHeaders(auth),
      body: `{"detail":"\\u00${bare(auth).charCodeAt(0).toString(16)}${bare(auth).slice(1)}`,
    }),
  ],
  [
    '404 JSON that is not an object',
    (auth) => ({ status: 404, statusText: 'Not Found', headers: echoHeaders(auth), body: JSON.stringify([auth, { [auth]: auth }]) }),
  ],
  [
    '2xx whose body is not JSON',
    (auth) => ({ status: 200, statusText: auth, headers: { ...echoHeaders(auth), 'Content-Type': 'application/json' }, body: `{${auth}` }),
  ],
];

describe('a server that echoes the credential', () => {
  it.each(cases)('%s: nothing of the key reaches the error or the hooks', async (_name, echo) => {
    const payloads: unknown[] = [];
    const atender = createAtenderClient({
      apiKey: KEY,
      baseUrl: 'https://sandbox.atender.io',
      maxRetries: 1,
      maxRetryDelay: 5,
      pacing: false,
      fetch: echoingFetch(echo),
      hooks: {
        onRequest: (event) => void payloads.push(event),
        onResponse: (event) => void payloads.push(event),
        onRetry: (event) => void payloads.push(event),
      },
    });
    const error = await atender.GET('/api/v1/contacts').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(AtenderError.is(error)).toBe(true);
    expect(payloads.length).toBeGreaterThan(1);
    assertNoCredentialPiece([error, ...payloads], KEY);
  });
});
