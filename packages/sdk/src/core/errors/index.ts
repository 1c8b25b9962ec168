export { ApiError, type ApiErrorInit } from './api-error.js';
export { AtenderError, type AtenderErrorOptions, type ClientErrorCode } from './atender-error.js';
export {
  AbortError,
  ConfigurationError,
  ConnectionError,
  PaginationLoopError,
  type RequestTarget,
  TimeoutError,
  type TimeoutScope,
} from './client-errors.js';
export {
  type AnyApiError,
  type ErrorFromResponseOptions,
  errorFromResponse,
  errorFromSnapshot,
  type ResponseSnapshot,
} from './error-from-response.js';
export { type AnyAtenderError, isAtenderError } from './is-atender-error.js';
export {
  EndpointNotPublicError,
  EndpointReservedError,
  EnvironmentMismatchError,
  InsufficientScopeError,
  IpNotAllowedError,
  OriginNotAllowedError,
  PermissionError,
  type ScopeRequirement,
} from './permission-errors.js';
export { type RateLimitDetails, RateLimitError } from './rate-limit-error.js';
export {
  AuthenticationError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  PayloadTooLargeError,
  ServerError,
  ValidationError,
} from './status-errors.js';
