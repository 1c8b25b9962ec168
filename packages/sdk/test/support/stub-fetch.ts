/**
 * A scripted `fetch` for tests that look at exactly what the SDK sent and how it reacted to an
 * answer, without a server: each request is recorded and answered by `answer`.
 */

/** A request as the stub received it. */
export interface StubRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
}

/** What the stub answers: a status, headers and a JSON body. */
export interface StubAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A stub fetch and the requests it saw. */
export function stubFetch(answer: (request: StubRequest, index: number) => StubAnswer = () => ({})) {
  const requests: StubRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const request = { method: input.method, url: input.url, headers: new Headers(input.headers), body: await input.text() };
    requests.push(request);
    const { status = 200, headers = {}, body = { ok: true } } = answer(request, requests.length - 1);
    const text = body === null ? '' : JSON.stringify(body);
    return new Response(status === 204 ? null : text, {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': `req_stub${requests.length}`, ...headers },
    });
  };
  return { fetch, requests };
}

/** A logger that records every line, by level. */
export function recordingLogger() {
  const lines: { level: 'debug' | 'info' | 'warn' | 'error'; message: string; data?: Record<string, unknown> }[] = [];
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, data?: Record<string, unknown>): void => {
      lines.push({ level, message, ...(data === undefined ? {} : { data }) });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

/** A well-formed sandbox secret key that no server knows. */
export const STUB_KEY = `sa_test_${'Q'.repeat(16)}${'7'.repeat(16)}`;
