/**
 * One webhook delivery attempt: sign the body per Standard Webhooks with every live secret (the
 * contract's signing primitive, the one implementation), POST it, and report how the receiver
 * answered — status, time taken, or why no answer came. Never throws; never follows redirects.
 */
import { signWebhookPayload } from '@atender/contract';
import type { MockTimers } from './timers.js';

/** The fetch deliveries are sent with. */
export type DeliveryFetch = (request: Request) => Promise<Response>;

/** What was sent, exactly as the receiver got it: the signed headers and body. */
export interface SentRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** How one attempt went. */
export interface AttemptResult {
  readonly statusCode: number | null;
  readonly durationMs: number;
  readonly success: boolean;
  readonly error: string | null;
}

/** Input of {@link sendAttempt}. */
export interface AttemptInput {
  readonly url: string;
  readonly messageId: string;
  readonly timestampSeconds: number;
  readonly body: string;
  /** Live secrets, newest first: one signature each. */
  readonly secrets: readonly string[];
  readonly fetch: DeliveryFetch;
  readonly timers: MockTimers;
  readonly timeoutMs: number;
}

/** How much of an answer is read (to time it to its end) before the rest is dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;
const USER_AGENT = 'Atender-Webhooks/1.0 (+https://docs.atender.io/webhooks; atender-mock)';

/** The `webhook-*` headers of a delivery signed with every given secret. */
export async function signedHeaders(
  input: Pick<AttemptInput, 'messageId' | 'timestampSeconds' | 'body' | 'secrets'>,
): Promise<Record<string, string>> {
  const signatures = await Promise.all(
    input.secrets.map((secret) =>
      signWebhookPayload({ secret, id: input.messageId, timestamp: input.timestampSeconds, payload: input.body }),
    ),
  );
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': input.messageId,
    'webhook-timestamp': String(input.timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}

/** Reads at most {@link MAX_ANSWER_BYTES} of the answer, so its duration covers the body. */
async function drain(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
    if (read > MAX_ANSWER_BYTES) {
      await reader.cancel();
      return;
    }
  }
}

/** A short, credential-free reason for a failed fetch: the network error's code when there is one. */
function reasonOf(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timeout after ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  const message = error instanceof Error ? error.message : String(error);
  return (code ? `${code}: ${message}` : message).slice(0, 200);
}

/**
 * Names under the reserved `.example` and `.invalid` TLDs (RFC 2606) never resolve, so a delivery
 * there fails at once without a DNS lookup, whatever the transport: the seeded endpoints use them.
 */
const NEVER_RESOLVES = /(^|\.)(example|invalid)\.?$/i;

/** Sends one attempt; the result is never an exception. */
export async function sendAttempt(input: AttemptInput): Promise<{ result: AttemptResult; request: SentRequest }> {
  const headers = await signedHeaders(input);
  const request: SentRequest = { url: input.url, headers, body: input.body };
  if (NEVER_RESOLVES.test(new URL(input.url).hostname)) {
    return { result: { statusCode: null, durationMs: 0, success: false, error: 'host not found' }, request };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = input.timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, input.timeoutMs);
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  try {
    const response = await input.fetch(
      new Request(input.url, { method: 'POST', headers, body: input.body, redirect: 'manual', signal: controller.signal }),
    );
    await drain(response).catch(() => undefined);
    const statusCode = response.status >= 100 && response.status <= 599 ? response.status : null;
    const success = response.status >= 200 && response.status < 300;
    const error = success ? null : timedOut ? reasonOf(null, true, input.timeoutMs) : `HTTP ${response.status}`;
    return { result: { statusCode, durationMs: elapsed(), success, error }, request };
  } catch (error) {
    return {
      result: { statusCode: null, durationMs: elapsed(), success: false, error: reasonOf(error, timedOut, input.timeoutMs) },
      request,
    };
  } finally {
    input.timers.clearTimeout(timer);
  }
}
