/**
 * One HTTP attempt through ky: pace, authenticate, report to hooks, send, and classify what
 * happened. Never throws for an HTTP status or a network failure: the retry loop decides.
 */
import type { KyInstance } from 'ky';
import { authenticate } from '../internal/authenticate.js';
import type { Credential } from '../internal/credential.js';
import type { Deadline } from '../internal/deadline.js';
import { redactHeaders, redactText } from '../internal/redact.js';
import { clampTimerMs } from '../internal/sleep.js';
import type { AtenderHooks } from '../options.js';
import type { ResponseSnapshot } from './errors/error-from-response.js';
import type { Pacer, PacerPermit } from './pacing.js';
import { bufferedResponse, readBody } from './read-body.js';

/** A request ready to be sent any number of times: the body buffered once. */
export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  /** Every header but the credential, which is added per attempt. */
  readonly headers: Headers;
  readonly body: ArrayBuffer | undefined;
  readonly hasIdempotencyKey: boolean;
  /** Budget units of the operation (its `x-rate-limit-cost`). */
  readonly cost: number;
}

/** What one attempt ended with. */
export type AttemptResult =
  | { readonly kind: 'response'; readonly response: Response; readonly snapshot: ResponseSnapshot | undefined }
  | { readonly kind: 'network-error' | 'attempt-timeout' | 'aborted' | 'total-timeout'; readonly cause: unknown };

/** What an attempt needs from the client. */
export interface AttemptEnvironment {
  readonly ky: KyInstance;
  readonly credential: Credential;
  readonly authHeader: 'bearer' | 'x-api-key';
  readonly pacer: Pacer | undefined;
  readonly hooks: AtenderHooks;
  readonly maxRetryDelay: number;
  /** Credential strings seen so far, for exact redaction (tokens from getAccessToken included). */
  readonly secrets: string[];
}

/** The options of one attempt. */
export interface AttemptOptions {
  readonly attempt: number;
  readonly forceRefresh: boolean;
  readonly timeout: number;
  readonly deadline: Deadline;
}

function stopped(deadline: Deadline, cause: unknown): AttemptResult {
  return { kind: deadline.timedOut() ? 'total-timeout' : 'aborted', cause };
}

async function acquire(env: AttemptEnvironment, request: PreparedRequest, deadline: Deadline): Promise<PacerPermit | undefined> {
  if (!env.pacer) return undefined;
  const maxWaitMs = Math.min(env.maxRetryDelay, deadline.remainingMs());
  return env.pacer.acquire({ cost: request.cost, signal: deadline.signal, maxWaitMs });
}

async function attemptHeaders(env: AttemptEnvironment, request: PreparedRequest, options: AttemptOptions): Promise<Headers> {
  const headers = new Headers(request.headers);
  const [name, value, secret] = await authenticate(env.credential, env.authHeader, options.forceRefresh, options.deadline.signal);
  if (!env.secrets.includes(secret)) env.secrets.push(secret);
  headers.set(name, value);
  if (options.attempt > 0) headers.set('X-Retry-Count', String(options.attempt));
  return headers;
}

// An error body is read for its problem JSON; past this it is hostile and cut off.
const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/**
 * Reads the body within the attempt's clocks (see read-body.ts): a 2xx comes back buffered, a
 * non-2xx as its snapshot; a body that breaks or stalls becomes a network failure or a timeout.
 */
async function readAnswer(request: PreparedRequest, response: Response, deadline: Deadline, timeoutMs: number): Promise<AttemptResult> {
  const maxBytes = response.ok ? Number.POSITIVE_INFINITY : MAX_ERROR_BODY_BYTES;
  const body = await readBody(response, { signal: deadline.signal, timeoutMs, maxBytes });
  if (body.kind === 'aborted') return stopped(deadline, body.cause);
  if (body.kind !== 'body') return body;
  if (response.ok) return { kind: 'response', response: bufferedResponse(response, body.bytes), snapshot: undefined };
  const bodyText = new TextDecoder().decode(body.bytes);
  const { status, statusText, headers } = response;
  const snapshot = { status, statusText, headers, bodyText, method: request.method, url: request.url, receivedAt: Date.now() };
  return { kind: 'response', response, snapshot };
}

/** Sends one attempt and classifies the outcome; only hook and configuration errors throw. */
export async function runAttempt(env: AttemptEnvironment, request: PreparedRequest, options: AttemptOptions): Promise<AttemptResult> {
  const { deadline } = options;
  let permit: PacerPermit | undefined;
  try {
    permit = await acquire(env, request, deadline);
  } catch (cause) {
    return stopped(deadline, cause);
  }
  let answered: Response | undefined;
  try {
    const headers = await attemptHeaders(env, request, options);
    const event = {
      method: request.method,
      url: redactText(request.url, env.secrets),
      attempt: options.attempt,
      headers: redactHeaders(headers, env.secrets),
    };
    await env.hooks.onRequest?.(event);
    const started = Date.now();
    const sent = await send(env, request, headers, options);
    if (sent.kind !== 'response') return sent;
    answered = sent.response;
    const responseHeaders = redactHeaders(sent.response.headers, env.secrets);
    await env.hooks.onResponse?.({
      ...event,
      status: sent.response.status,
      durationMs: Date.now() - started,
      requestId: responseHeaders['x-request-id'],
      responseHeaders,
    });
    return sent;
  } finally {
    // Released on every path (also a throwing hook): a leaked permit would stall the pacer.
    permit?.release(answered?.headers, answered?.status);
  }
}

/** The ky call itself, and reading the body; failures become outcomes, not exceptions. */
async function send(env: AttemptEnvironment, request: PreparedRequest, headers: Headers, options: AttemptOptions): Promise<AttemptResult> {
  const { deadline } = options;
  const started = Date.now();
  let response: Response;
  try {
    response = await env.ky(request.url, {
      method: request.method,
      headers,
      body: request.body,
      signal: deadline.signal,
      // ky refuses a timeout above 2³¹ − 1 ms with a RangeError; clamped, it means the same.
      timeout: Number.isFinite(options.timeout) ? clampTimerMs(options.timeout) : false,
    });
  } catch (cause) {
    if (deadline.signal.aborted) return stopped(deadline, cause);
    // ky rejects with its own TimeoutError when one attempt exceeds `timeout`.
    if (cause instanceof Error && cause.name === 'TimeoutError') return { kind: 'attempt-timeout', cause };
    return { kind: 'network-error', cause };
  }
  return readAnswer(request, response, deadline, options.timeout - (Date.now() - started));
}
