/** The public option and hook types of `createAtenderClient`. */
import type { AtenderError } from './core/errors/atender-error.js';
import type { Logger, LogLevel } from './core/logger.js';
import type { PacingOptions } from './core/pacing-store.js';
import type { RetryReason } from './core/retry-policy.js';

/** What `getAccessToken` is told about why it is called. */
export interface AccessTokenContext {
  /** `true` after the API answered `TOKEN_EXPIRED`: return a fresh token, not a cached one. */
  readonly forceRefresh: boolean;
  /** Aborts when the call is aborted or out of time. */
  readonly signal: AbortSignal;
}

/** Returns a session token (JWT); called before every request. */
export type AccessTokenProvider = (context: AccessTokenContext) => string | Promise<string>;

/** One outgoing attempt, as hooks see it. Headers are redacted: no credential ever reaches a hook. */
export interface RequestEvent {
  readonly method: string;
  readonly url: string;
  /** 0 for the first attempt, then 1, 2, … */
  readonly attempt: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** One answer, as hooks see it (any status). */
export interface ResponseEvent extends RequestEvent {
  readonly status: number;
  readonly durationMs: number;
  readonly requestId: string | undefined;
  /** Response headers, credential headers redacted. */
  readonly responseHeaders: Readonly<Record<string, string>>;
}

/** A retry about to be made. */
export interface RetryEvent {
  readonly method: string;
  readonly url: string;
  /** The attempt about to be made (1 for the first retry). */
  readonly attempt: number;
  /** How long the SDK waits before it. */
  readonly delayMs: number;
  readonly reason: RetryReason;
  /** The failed attempt's status, if it got an answer. */
  readonly status: number | undefined;
  /** The failed attempt as a typed error (credentials redacted). */
  readonly error: AtenderError;
}

/** Observability hooks; they may be async, and the call waits for them. */
export interface AtenderHooks {
  /** Before every attempt, retries included. */
  readonly onRequest?: (event: RequestEvent) => void | Promise<void>;
  /** After every answer, errors included. */
  readonly onResponse?: (event: ResponseEvent) => void | Promise<void>;
  /** Before every wait for a retry (and before a token-refresh replay). */
  readonly onRetry?: (event: RetryEvent) => void | Promise<void>;
}

/** Per-call options, next to openapi-fetch's `params`, `body` and `headers`. */
export interface CallOptions {
  /** Aborts the call, including its retry waits. */
  readonly signal?: AbortSignal;
  /** Overrides the client's per-attempt `timeout` for this call. */
  readonly timeout?: number;
  /** Overrides the client's `totalTimeout` for this call. */
  readonly totalTimeout?: number;
  /** Overrides the client's `maxRetries` for this call. */
  readonly maxRetries?: number;
  /**
   * The `Idempotency-Key` of a POST. By default the SDK generates one per call and reuses it on
   * every retry; pass your own to make a call idempotent across process restarts, or `false`
   * to send none (then a POST is not retried after a 5xx or network error).
   */
  readonly idempotencyKey?: string | false;
}

/** Options of `createAtenderClient`. Give exactly one credential (or set `ATENDER_API_KEY`). */
export interface AtenderClientOptions {
  /**
   * A secret API key (`sa_live_…` / `sa_test_…`); its environment picks the base URL.
   * @default process.env.ATENDER_API_KEY (on Node), when no other credential is given
   */
  readonly apiKey?: string;
  /** A user's session token (JWT), sent as `Authorization: Bearer`. */
  readonly accessToken?: string;
  /** Returns a session token before every request; called again with `forceRefresh` after `TOKEN_EXPIRED`. */
  readonly getAccessToken?: AccessTokenProvider;
  /** A publishable key (`sa_pk_live_…` / `sa_pk_test_…`): reaches `/api/v1/widget/*` only. */
  readonly publishableKey?: string;
  /**
   * The API origin. A known Atender host of the other environment than the key's is refused.
   * @default the key's environment: https://api.atender.io or https://sandbox.atender.io
   */
  readonly baseUrl?: string;
  /**
   * How a secret key is sent. Session tokens and publishable keys always use `Authorization: Bearer`.
   * @default 'bearer'
   */
  readonly authHeader?: 'bearer' | 'x-api-key';
  /**
   * Milliseconds one attempt may take (ky's `timeout`).
   * @default 30000
   */
  readonly timeout?: number;
  /**
   * Milliseconds a whole call may take: attempts, retry waits and pacing. A retry whose wait
   * would end past it is not made; the last error is thrown at once.
   * @default 120000
   */
  readonly totalTimeout?: number;
  /**
   * Retries after the first attempt.
   * @default 2
   */
  readonly maxRetries?: number;
  /**
   * The longest wait the SDK takes before a retry or for pacing. A server asking for more (a
   * spent daily budget) gets its `RateLimitError` thrown at once instead.
   * @default 60000
   */
  readonly maxRetryDelay?: number;
  /**
   * Schedule calls by the rate-limit headers so a burst stays inside the budget. `{ store }`
   * shares one key's budget with other clients, processes or machines (`@atender/pacing-redis`).
   * @default true for secret keys, false otherwise
   */
  readonly pacing?: boolean | PacingOptions;
  /**
   * The fetch implementation under ky.
   * @default globalThis.fetch
   */
  readonly fetch?: (input: Request) => Promise<Response>;
  /** Headers added to every request (never credentials: use the credential options). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Observability hooks; every payload is redacted. */
  readonly hooks?: AtenderHooks;
  /**
   * What the SDK logs: `'debug'` every attempt and answer (headers redacted), `'info'` retries
   * and pacing waits too, `'warn'` deprecated operations and bad settings, `'error'`, `'off'`.
   * @default process.env.ATENDER_LOG (on Node), else 'warn'
   */
  readonly logLevel?: LogLevel;
  /**
   * Where log lines go; no credential ever reaches it.
   * @default console
   */
  readonly logger?: Logger;
  /**
   * Allow a secret key in a browser, where every visitor can read it. Only for internal tools.
   * @default false
   */
  readonly dangerouslyAllowBrowser?: boolean;
}
