/**
 * One HTTP attempt through ky: pace, authenticate, report to hooks and the log, send, read the
 * body under the attempt's clocks (read-body.ts), and classify what happened. ky builds the attempt's one `Request` from the prepared
 * URL, header record and body. Never throws for an HTTP status or a network failure: the retry
 * loop decides.
 */
import ky, { type Options as KyOptions } from 'ky';
import { authenticate } from '../internal/authenticate.js';
import type { Credential } from '../internal/credential.js';
import type { Deadline } from '../internal/deadline.js';
import { redactHeaders, redactText } from '../internal/redact.js';
import { MAX_TIMER_MS } from '../internal/sleep.js';
import type { AtenderHooks, RequestEvent } from '../options.js';
import type { PreparedRequest } from './build-request.js';
import type { ResponseSnapshot } from './errors/error-from-response.js';
import type { LevelLog } from './logger.js';
import type { Pacer, PacerPermit } from './pacing.js';
import { readBody } from './read-body.js';

/** What one attempt ended with. */
export type AttemptResult =
  | {
      readonly kind: 'response';
      readonly response: Response;
      /** The whole body, read within the attempt. */
      readonly bodyText: string;
      /** For a non-2xx answer: what the typed error is built from. */
      readonly snapshot: ResponseSnapshot | undefined;
    }
  | { readonly kind: 'network-error' | 'attempt-timeout' | 'aborted' | 'total-timeout'; readonly cause: unknown };

/** What an attempt needs from the client. */
export interface AttemptEnvironment {
  readonly credential: Credential;
  readonly authHeader: 'bearer' | 'x-api-key';
  readonly pacer: Pacer | undefined;
  readonly hooks: AtenderHooks;
  readonly log: LevelLog;
  readonly maxRetryDelay: number;
  /** The fetch under ky; `undefined` uses the global one at call time (msw patches it late). */
  readonly fetch: ((input: Request) => Promise<Response>) | undefined;
  /** Credential strings seen so far, for exact redaction (tokens from getAccessToken included). */
  readonly secrets: string[];
  /** Called with every answer (Deprecation/Sunset warnings). */
  readonly onAnswer: ((request: PreparedRequest, response: Response) => void) | undefined;
}

/** The options of one attempt. */
export interface AttemptOptions {
  readonly attempt: number;
  readonly forceRefresh: boolean;
  readonly timeout: number;
  readonly deadline: Deadline;
}

// ky makes one attempt: the loop in transport.ts retries (docs/decisions/retry-policy.md).
const NO_RETRY = { limit: 0 } as const;

/** Pacing waits at least this long are logged. */
const NOTABLE_WAIT_MS = 10;

function stopped(deadline: Deadline, cause: unknown): AttemptResult {
  return { kind: deadline.timedOut() ? 'total-timeout' : 'aborted', cause };
}

/** Waits for the pacer's permit (the slow path: `tryAcquire` had none to give at once). */
async function waitForPermit(pacer: Pacer, env: AttemptEnvironment, request: PreparedRequest, deadline: Deadline): Promise<PacerPermit> {
  const maxWaitMs = Math.min(env.maxRetryDelay, deadline.remainingMs());
  const started = Date.now();
  const permit = await pacer.acquire({ cost: request.cost, signal: deadline.signal, maxWaitMs });
  const waited = Date.now() - started;
  // A granted-at-once permit can still take a millisecond or two on a busy machine; that is no wait.
  if (waited >= NOTABLE_WAIT_MS)
    env.log.info?.(`${request.method} ${request.path} waited ${waited} ms for rate-limit budget (pacing).`, { waitedMs: waited });
  return permit;
}

async function attemptHeaders(env: AttemptEnvironment, request: PreparedRequest, options: AttemptOptions): Promise<Record<string, string>> {
  const [name, value, secret] = await authenticate(env.credential, env.authHeader, options.forceRefresh, options.deadline);
  if (!env.secrets.includes(secret)) env.secrets.push(secret);
  const headers = { ...request.headers, [name]: value };
  if (options.attempt > 0) headers['x-retry-count'] = String(options.attempt);
  return headers;
}

// An error body is read for its problem JSON; past this it is hostile and cut off.
const MAX_ERROR_BODY_BYTES = 1024 * 1024;
const UTF8 = new TextDecoder();

function snapshotOf(request: PreparedRequest, response: Response, bodyText: string): ResponseSnapshot | undefined {
  if (response.ok) return undefined;
  const { status, statusText, headers } = response;
  return { status, statusText, headers, bodyText, method: request.method, url: request.url, receivedAt: Date.now() };
}

/**
 * Reads the whole body within the attempt's clocks: fetch resolves once the headers are in, and
 * a body that then breaks or stalls is a network failure or a timeout, retried like any other.
 */
async function readAnswer(request: PreparedRequest, response: Response, options: AttemptOptions, started: number): Promise<AttemptResult> {
  const { deadline } = options;
  const left = deadline.remainingMs();
  const attemptLeft = options.timeout - (Date.now() - started);
  const body = await readBody(response, {
    // The attempt's own limit and the call's, whichever ends first; no deadline timer needed.
    signal: deadline.callerSignal,
    timeoutMs: Math.min(attemptLeft, left),
    maxBytes: response.ok ? Number.POSITIVE_INFINITY : MAX_ERROR_BODY_BYTES,
  });
  if (body.kind === 'aborted') return stopped(deadline, body.cause);
  if (body.kind === 'attempt-timeout' && left <= attemptLeft) return { kind: 'total-timeout', cause: body.cause };
  if (body.kind !== 'body') return body;
  const bodyText = UTF8.decode(body.bytes);
  return { kind: 'response', response, bodyText, snapshot: snapshotOf(request, response, bodyText) };
}

/** Sends one attempt and classifies the outcome; only hook and configuration errors throw. */
export async function runAttempt(env: AttemptEnvironment, request: PreparedRequest, options: AttemptOptions): Promise<AttemptResult> {
  const { deadline } = options;
  let permit: PacerPermit | undefined;
  try {
    const pacer = env.pacer;
    // Most calls need not wait: no promise, and no deadline signal made for a wait that never comes.
    if (pacer) permit = pacer.tryAcquire?.(request.cost) ?? (await waitForPermit(pacer, env, request, deadline));
  } catch (cause) {
    return stopped(deadline, cause);
  }
  let answered: Response | undefined;
  try {
    const headers = await attemptHeaders(env, request, options);
    const { onRequest, onResponse } = env.hooks;
    const debug = env.log.debug;
    // Redacted copies are made only for someone who reads them.
    const event: RequestEvent | undefined =
      onRequest || onResponse || debug
        ? {
            method: request.method,
            url: redactText(request.url, env.secrets),
            attempt: options.attempt,
            headers: redactHeaders(headers, env.secrets),
          }
        : undefined;
    if (event) {
      debug?.(`→ ${event.method} ${event.url}${event.attempt > 0 ? ` (retry ${event.attempt})` : ''}`, { headers: event.headers });
      await onRequest?.(event);
    }
    const started = Date.now();
    const sent = await send(env, request, headers, options);
    if (sent.kind !== 'response') {
      if (event) debug?.(`✗ ${event.method} ${event.url}: ${sent.kind}`);
      return sent;
    }
    answered = sent.response;
    env.onAnswer?.(request, sent.response);
    if (event) {
      const responseHeaders = redactHeaders(sent.response.headers, env.secrets);
      const durationMs = Date.now() - started;
      const requestId = responseHeaders['x-request-id'];
      debug?.(`← ${sent.response.status} ${event.method} ${event.url} in ${durationMs} ms`, { requestId, headers: responseHeaders });
      await onResponse?.({ ...event, status: sent.response.status, durationMs, requestId, responseHeaders });
    }
    return sent;
  } finally {
    // Released on every path (also a throwing hook): a leaked permit would stall the pacer.
    permit?.release(answered?.headers, answered?.status);
  }
}

/** The ky call itself, and reading the body; failures become outcomes, not exceptions. */
async function send(
  env: AttemptEnvironment,
  request: PreparedRequest,
  headers: Record<string, string>,
  options: AttemptOptions,
): Promise<AttemptResult> {
  const { deadline } = options;
  const left = deadline.remainingMs();
  const limit = Math.min(options.timeout, left);
  // The attempt's timeout is cut to the time the call has left, so no separate total timer runs.
  const endsCall = left <= options.timeout;
  const kyOptions: KyOptions = {
    ...request.init,
    method: request.method,
    headers,
    retry: NO_RETRY,
    throwHttpErrors: false,
    // ky refuses a timeout above 2³¹ − 1 ms; a longer attempt is bounded by the deadline's signal.
    timeout: limit <= MAX_TIMER_MS ? limit : false,
  };
  const signal = limit <= MAX_TIMER_MS ? deadline.callerSignal : Number.isFinite(left) ? deadline.signal : deadline.callerSignal;
  // Set only when present: ky walks every key of its options on every attempt.
  if (request.body !== undefined) kyOptions.body = request.body;
  if (signal) kyOptions.signal = signal;
  if (env.fetch) kyOptions.fetch = env.fetch as KyOptions['fetch'];
  const started = Date.now();
  let response: Response;
  try {
    response = await ky(request.url, kyOptions);
  } catch (cause) {
    if (deadline.callerSignal?.aborted || deadline.timedOut()) return stopped(deadline, cause);
    // ky rejects with its own TimeoutError when the attempt's `timeout` passes.
    if (cause instanceof Error && cause.name === 'TimeoutError') return { kind: endsCall ? 'total-timeout' : 'attempt-timeout', cause };
    return { kind: 'network-error', cause };
  }
  return readAnswer(request, response, options, started);
}
