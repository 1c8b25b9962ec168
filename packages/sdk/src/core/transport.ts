/**
 * The transport under openapi-fetch: ky for each attempt (timeout, fetch), our own loop for
 * retries (Idempotency-Key reuse, X-Retry-Count, X-Should-Retry, jitter, maxRetryDelay, total
 * deadline, token refresh). Why not ky's retry: docs/decisions/retry-policy.md.
 */
import { findOperation } from '@atender/contract';
import ky, { type KyInstance } from 'ky';
import type { Credential } from '../internal/credential.js';
import { createDeadline, type Deadline } from '../internal/deadline.js';
import { randomUuid } from '../internal/environment.js';
import { isSensitiveHeader } from '../internal/redact.js';
import { sleep } from '../internal/sleep.js';
import type { AtenderHooks, CallOptions } from '../options.js';
import { type AttemptEnvironment, type AttemptResult, type PreparedRequest, runAttempt } from './attempt.js';
import { toError } from './attempt-error.js';
import { ConfigurationError } from './errors/client-errors.js';
import type { Pacer } from './pacing.js';
import { type AttemptOutcome, decideRetry, type RetryReason } from './retry-policy.js';
import { retryDelay } from './retry-timing.js';

/** Everything the transport needs, resolved from the client options. */
export interface TransportConfig {
  readonly credential: Credential;
  readonly authHeader: 'bearer' | 'x-api-key';
  readonly headers: Readonly<Record<string, string>>;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly maxRetryDelay: number;
  readonly pacer: Pacer | undefined;
  readonly hooks: AtenderHooks;
  readonly fetch: ((input: Request) => Promise<Response>) | undefined;
  /** @default Math.random */
  readonly random?: () => number;
}

/** Sends a request built by openapi-fetch; resolves with a 2xx `Response`, rejects with a typed error. */
export type Transport = (request: Request, call: CallOptions) => Promise<Response>;

/**
 * ky with every default set on purpose (its defaults do not fit an API client): no ky retries
 * (the loop below retries), no thrown HTTPError (statuses are classified once, after the
 * retries), no hooks (ours run per attempt with redacted payloads). `timeout` is set per attempt.
 */
export function createKy(fetchImplementation: TransportConfig['fetch']): KyInstance {
  return ky.create({
    retry: { limit: 0 },
    throwHttpErrors: false,
    timeout: false,
    hooks: { beforeRequest: [], beforeRetry: [], beforeError: [], afterResponse: [] },
    prefixUrl: '',
    // The fetch default, stated: redirects are followed, and fetch drops Authorization on a cross-origin hop.
    redirect: 'follow',
    ...(fetchImplementation ? { fetch: (input, init) => fetchImplementation(new Request(input, init)) } : {}),
  });
}

async function prepare(request: Request, call: CallOptions, config: TransportConfig): Promise<PreparedRequest> {
  const method = request.method.toUpperCase();
  const operation = findOperation(method, new URL(request.url).pathname);
  if (config.credential.kind === 'publishable' && operation?.visibility !== 'widget') {
    throw new ConfigurationError(
      `A publishable key only reaches the widget endpoints (/api/v1/widget/*); ${method} ${new URL(request.url).pathname} needs a secret key or a session token.`,
    );
  }
  const headers = new Headers(config.headers);
  request.headers.forEach((value, name) => {
    headers.set(name, value);
  });
  // The credential options are the only source of credentials: one place to redact, one to send.
  for (const name of [...headers.keys()]) if (isSensitiveHeader(name)) headers.delete(name);
  if (method === 'POST') setIdempotencyKey(headers, call.idempotencyKey);
  return {
    method,
    url: request.url,
    headers,
    body: request.body ? await request.arrayBuffer() : undefined,
    hasIdempotencyKey: headers.has('idempotency-key'),
    cost: operation?.cost ?? 1,
  };
}

/** One key per logical POST, generated unless the caller gave one (or `false` for none). */
function setIdempotencyKey(headers: Headers, option: string | false | undefined): void {
  if (option === false) headers.delete('idempotency-key');
  else if (typeof option === 'string') headers.set('idempotency-key', option);
  else if (!headers.has('idempotency-key')) headers.set('idempotency-key', randomUuid());
}

/** Creates the transport of one client. */
export function createTransport(config: TransportConfig): Transport {
  const env: AttemptEnvironment = {
    ky: createKy(config.fetch),
    credential: config.credential,
    authHeader: config.authHeader,
    pacer: config.pacer,
    hooks: config.hooks,
    maxRetryDelay: config.maxRetryDelay,
    secrets: config.credential.kind === 'session-provider' ? [] : [config.credential.value],
  };
  return async (request, call) => {
    const prepared = await prepare(request, call, config);
    const deadline = createDeadline(call.totalTimeout ?? config.totalTimeout, call.signal);
    const timeout = call.timeout ?? config.timeout;
    const totalTimeout = call.totalTimeout ?? config.totalTimeout;
    const maxRetries = call.maxRetries ?? config.maxRetries;
    try {
      return await attemptUntilDone({ env, config, request: prepared, deadline, timeout, totalTimeout, maxRetries });
    } finally {
      deadline.dispose();
    }
  };
}

/** One logical call across its attempts. */
interface CallContext {
  readonly env: AttemptEnvironment;
  readonly config: TransportConfig;
  readonly request: PreparedRequest;
  readonly deadline: Deadline;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
}

interface LoopState {
  attempt: number;
  retriesDone: number;
  refreshed: boolean;
  forceRefresh: boolean;
}

interface NextAttempt {
  readonly delayMs: number;
  readonly reason: RetryReason;
  readonly status: number | undefined;
}

function isTokenExpired(result: AttemptResult): boolean {
  if (result.kind !== 'response' || result.response.status !== 401 || !result.snapshot) return false;
  return /"code"\s*:\s*"TOKEN_EXPIRED"/.test(result.snapshot.bodyText);
}

function outcomeOf(result: AttemptResult): AttemptOutcome {
  if (result.kind !== 'response') return { kind: result.kind };
  return { kind: 'response', status: result.response.status, headers: result.response.headers };
}

/** Whether and when to try again; `undefined` means throw the attempt's error now. */
function planNext(call: CallContext, state: LoopState, result: AttemptResult): NextAttempt | undefined {
  // An expired session gets one refresh and one replay, outside the retry budget.
  if (!state.refreshed && call.env.credential.kind === 'session-provider' && isTokenExpired(result)) {
    state.refreshed = true;
    state.forceRefresh = true;
    return { delayMs: 0, reason: 'token-expired', status: 401 };
  }
  state.forceRefresh = false;
  const outcome = outcomeOf(result);
  const { method, hasIdempotencyKey } = call.request;
  const decision = decideRetry(outcome, { method, hasIdempotencyKey, retriesDone: state.retriesDone, maxRetries: call.maxRetries });
  if (!decision.retry) return undefined;
  const headers = outcome.kind === 'response' ? outcome.headers : undefined;
  const timing = retryDelay({ retriesDone: state.retriesDone, headers, random: call.config.random });
  // A server asking for a long wait (a spent daily budget) gets its error now, not a hung script.
  if (timing.source !== 'backoff' && timing.delayMs > call.config.maxRetryDelay) return undefined;
  const delayMs = Math.min(timing.delayMs, call.config.maxRetryDelay);
  // A wait that ends past the deadline cannot lead to an answer in time.
  if (delayMs >= call.deadline.remainingMs()) return undefined;
  state.retriesDone++;
  return { delayMs, reason: decision.reason, status: outcome.kind === 'response' ? outcome.status : undefined };
}

async function attemptUntilDone(call: CallContext): Promise<Response> {
  const { env, request, deadline } = call;
  const limits = { timeout: call.timeout, totalTimeout: call.totalTimeout };
  const state: LoopState = { attempt: 0, retriesDone: 0, refreshed: false, forceRefresh: false };
  for (;;) {
    const options = { attempt: state.attempt, forceRefresh: state.forceRefresh, timeout: call.timeout, deadline };
    const result = await runAttempt(env, request, options);
    if (result.kind === 'response' && result.response.ok) return result.response;
    const error = toError(result, request, limits, env.secrets);
    const next = planNext(call, state, result);
    if (!next) throw error;
    state.attempt++;
    await env.hooks.onRetry?.({ method: request.method, url: error.url, attempt: state.attempt, ...next, error });
    try {
      await sleep(next.delayMs, deadline.signal);
    } catch (cause) {
      throw toError({ kind: deadline.timedOut() ? 'total-timeout' : 'aborted', cause }, request, limits, env.secrets);
    }
  }
}
