/**
 * The retry loop around one prepared request: ky for each attempt (core/attempt.ts), our own
 * loop for retries (Idempotency-Key reuse, X-Retry-Count, X-Should-Retry, jitter, maxRetryDelay,
 * total deadline, token refresh). Why not ky's retry: docs/decisions/retry-policy.md.
 */
import type { Credential } from '../internal/credential.js';
import { createDeadline, type Deadline } from '../internal/deadline.js';
import { sleep } from '../internal/sleep.js';
import type { AtenderHooks, CallOptions } from '../options.js';
import { type AttemptEnvironment, type AttemptResult, runAttempt } from './attempt.js';
import { toError } from './attempt-error.js';
import type { PreparedRequest } from './build-request.js';
import type { LevelLog } from './logger.js';
import type { Pacer } from './pacing.js';
import { type AttemptOutcome, decideRetry, type RetryReason } from './retry-policy.js';
import { retryDelay } from './retry-timing.js';

/** Everything the transport needs, resolved from the client options. */
export interface TransportConfig {
  readonly credential: Credential;
  readonly authHeader: 'bearer' | 'x-api-key';
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly maxRetryDelay: number;
  readonly pacer: Pacer | undefined;
  readonly hooks: AtenderHooks;
  readonly log: LevelLog;
  readonly fetch: ((input: Request) => Promise<Response>) | undefined;
  /** Called with every answer, for Deprecation/Sunset warnings. */
  readonly onAnswer?: (request: PreparedRequest, response: Response) => void;
  /** @default Math.random */
  readonly random?: () => number;
}

/** A 2xx answer with its body already read. */
export interface TransportResult {
  readonly response: Response;
  readonly bodyText: string;
}

/** Sends a prepared request; resolves with a 2xx answer, rejects with a typed error. */
export type Transport = (request: PreparedRequest, call: CallOptions) => Promise<TransportResult>;

/** Creates the transport of one client. */
export function createTransport(config: TransportConfig): Transport {
  const env: AttemptEnvironment = {
    credential: config.credential,
    authHeader: config.authHeader,
    pacer: config.pacer,
    hooks: config.hooks,
    log: config.log,
    maxRetryDelay: config.maxRetryDelay,
    fetch: config.fetch,
    secrets: config.credential.kind === 'session-provider' ? [] : [config.credential.value],
    onAnswer: config.onAnswer,
  };
  return async (request, call) => {
    const totalTimeout = call.totalTimeout ?? config.totalTimeout;
    const deadline = createDeadline(totalTimeout, call.signal);
    const timeout = call.timeout ?? config.timeout;
    const maxRetries = call.maxRetries ?? config.maxRetries;
    try {
      return await attemptUntilDone({ env, config, request, deadline, timeout, totalTimeout, maxRetries });
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

async function attemptUntilDone(call: CallContext): Promise<TransportResult> {
  const { env, request, deadline } = call;
  const limits = { timeout: call.timeout, totalTimeout: call.totalTimeout };
  const state: LoopState = { attempt: 0, retriesDone: 0, refreshed: false, forceRefresh: false };
  for (;;) {
    const options = { attempt: state.attempt, forceRefresh: state.forceRefresh, timeout: call.timeout, deadline };
    const result = await runAttempt(env, request, options);
    if (result.kind === 'response' && result.response.ok) return { response: result.response, bodyText: result.bodyText };
    const error = toError(result, request, limits, env.secrets);
    const next = planNext(call, state, result);
    if (!next) throw error;
    state.attempt++;
    env.log.info?.(
      `${request.method} ${request.path}: retry ${state.attempt} in ${next.delayMs} ms (${next.reason}${next.status ? `, status ${next.status}` : ''}).`,
      {
        attempt: state.attempt,
        delayMs: next.delayMs,
        reason: next.reason,
        status: next.status,
        requestId: 'requestId' in error ? error.requestId : undefined,
      },
    );
    await env.hooks.onRetry?.({ method: request.method, url: error.url, attempt: state.attempt, ...next, error });
    try {
      // Shorter than the time left (planNext), so the caller's signal is the only one to honour.
      await sleep(next.delayMs, deadline.callerSignal);
    } catch (cause) {
      throw toError({ kind: deadline.timedOut() ? 'total-timeout' : 'aborted', cause }, request, limits, env.secrets);
    }
  }
}
