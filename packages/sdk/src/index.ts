/**
 * `@atender/sdk`: the typed client of the Atender tenant API. Named re-exports only, so the
 * public surface is reviewed here and nowhere else.
 *
 * @packageDocumentation
 */

export { createAtenderClient, DEFAULTS } from './client.js';
export {
  AbortError,
  type AnyApiError,
  type AnyAtenderError,
  ApiError,
  AtenderError,
  AuthenticationError,
  type ClientErrorCode,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  EndpointNotPublicError,
  EndpointReservedError,
  EnvironmentMismatchError,
  type ErrorFromResponseOptions,
  errorFromResponse,
  IdempotencyKeyReusedError,
  InsufficientScopeError,
  IpNotAllowedError,
  isAtenderError,
  NotFoundError,
  OriginNotAllowedError,
  PaginationLoopError,
  PayloadTooLargeError,
  PermissionError,
  type RateLimitDetails,
  RateLimitError,
  ServerError,
  TimeoutError,
  type TimeoutScope,
  ValidationError,
} from './core/errors/index.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { HeaderSource, PaceOptions, Pacer, PacerOptions, PacerPermit, PacerState } from './core/pacing.js';
export { createPacer } from './core/pacing.js';
export { createMemoryPacingStore, type PacingBudget, type PacingOptions, type PacingStore } from './core/pacing-store.js';
export type { Paginator, ToArrayOptions } from './core/paginate.js';
export type { RetryReason } from './core/retry-policy.js';
export {
  assertScopesKnown,
  type GrantedScopes,
  type PathsFor,
  type PermittedMethods,
  type ScopedPaths,
  type ScopeList,
} from './core/scoped-paths.js';
export type {
  AccessTokenContext,
  AccessTokenProvider,
  AtenderClientOptions,
  AtenderHooks,
  CallOptions,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './options.js';
export type {
  AtenderClient,
  AtenderMethod,
  AtenderResponse,
  CallArgs,
  CallInit,
  ItemOf,
  ListPath,
  PageOf,
  PathsWithMethod,
  SuccessData,
} from './types.js';
export { SDK_VERSION } from './version.js';
